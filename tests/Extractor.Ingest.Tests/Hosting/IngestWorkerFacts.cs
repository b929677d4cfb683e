using Extractor.Data;
using Extractor.Data.Migrations;
using Extractor.Data.Model;
using Extractor.Ingest.Hosting;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Ingest.Tests.Hosting;

public sealed class IngestWorkerFacts
{
    [Fact]
    public async Task Start_RebuildsEachSourcesRecurringCrawlAndTheSweeper_FromTheSourcesTable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"worker-{Guid.NewGuid():N}.db");
        await using var services = new ServiceCollection().AddExtractorIngest("Data Source=" + path).BuildServiceProvider();
        await services.GetRequiredService<MigrationRunner>().MigrateAsync();
        var store = services.GetRequiredService<IExtractorStore>();
        var scheduled = await store.SaveSourceAsync(new SourceRecord { Name = "hourly", Kind = SourceKind.Folder, Location = "/tmp", Cron = "0 * * * *" });
        var manual = await store.SaveSourceAsync(new SourceRecord { Name = "manual", Kind = SourceKind.Folder, Location = "/tmp" });
        var worker = ActivatorUtilities.CreateInstance<IngestWorker>(services);

        await worker.StartAsync(CancellationToken.None);
        await worker.StopAsync(CancellationToken.None);
        worker.Dispose();

        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        var ids = connection.GetRecurringJobs().Select(job => job.Id).ToList();
        Assert.Contains(SourceScheduler.JobIdFor(scheduled), ids);
        Assert.DoesNotContain(SourceScheduler.JobIdFor(manual), ids);
        Assert.Contains(SourceScheduler.SweeperJobId, ids);
    }
}
