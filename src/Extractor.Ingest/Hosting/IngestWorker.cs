using Extractor.Data;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Extractor.Ingest.Hosting;

/// <summary>
/// Runs the Hangfire server inside a long-lived host (<c>serve</c>). Recurring jobs are rebuilt from
/// the sources table at start, because the in-memory storage of the embedded default forgets them
/// on restart; the table, not the job storage, is the source of truth. The command that starts the
/// host migrates the store first.
/// </summary>
public sealed class IngestWorker(
    JobStorage storage, JobActivator activator, IExtractorStore store, SourceScheduler scheduler) : IHostedService, IDisposable
{
    private BackgroundJobServer? server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var source in await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            scheduler.Schedule(source);
        }

        scheduler.ScheduleSweeper();
        server = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = Math.Max(2, Environment.ProcessorCount), Activator = activator }, storage);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        server?.SendStop();
        return Task.CompletedTask;
    }

    public void Dispose() => server?.Dispose();
}
