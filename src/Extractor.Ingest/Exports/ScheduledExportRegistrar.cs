using Extractor.Data;
using Extractor.Data.Migrations;
using Microsoft.Extensions.Hosting;

namespace Extractor.Ingest.Exports;

/// <summary>
/// Registers every scheduled export as a recurring job when a host starts: like the crawl jobs, the
/// scheduled_exports table, not Hangfire's (possibly in-memory) storage, is the source of truth.
/// </summary>
public sealed class ScheduledExportRegistrar(MigrationRunner migrations, IExtractorStore store, ExportScheduler scheduler) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrations.MigrateAsync(cancellationToken).ConfigureAwait(false);
        foreach (var export in await store.ListScheduledExportsAsync(cancellationToken).ConfigureAwait(false))
        {
            scheduler.Schedule(export);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
