using Extractor.Data;
using Microsoft.Extensions.Hosting;

namespace Extractor.Ingest.Exports;

/// <summary>
/// Registers every scheduled export as a recurring job when a host starts: like the crawl jobs, the
/// scheduled_exports table, not Hangfire's (possibly in-memory) storage, is the source of truth. The
/// command that starts the host migrates the store first.
/// </summary>
public sealed class ScheduledExportRegistrar(IExtractorStore store, ExportScheduler scheduler) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var export in await store.ListScheduledExportsAsync(cancellationToken).ConfigureAwait(false))
        {
            scheduler.Schedule(export);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
