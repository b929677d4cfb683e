using Extractor.Data;
using Extractor.Data.Migrations;
using Extractor.Data.Model;
using Extractor.Ingest.Jobs;
using Hangfire;
using Hangfire.States;

namespace Extractor.Ingest;

/// <summary>
/// Runs a crawl through Hangfire in this process: enqueues the source's crawl, runs a
/// <see cref="BackgroundJobServer"/> until the crawl and every processing job it queued are done,
/// then returns the store summary. Used by the <c>demo</c> command and the end-to-end tests.
/// </summary>
public sealed class IngestRunner
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private readonly JobStorage storage;
    private readonly JobActivator activator;
    private readonly IBackgroundJobClient jobs;
    private readonly IExtractorStore store;
    private readonly MigrationRunner migrations;

    public IngestRunner(JobStorage storage, JobActivator activator, IBackgroundJobClient jobs, IExtractorStore store, MigrationRunner migrations)
    {
        this.storage = storage;
        this.activator = activator;
        this.jobs = jobs;
        this.store = store;
        this.migrations = migrations;
    }

    public Task MigrateAsync(CancellationToken cancellationToken = default) => migrations.MigrateAsync(cancellationToken);

    /// <summary>Throws <see cref="InvalidOperationException"/> when the crawl itself fails, <see cref="TimeoutException"/> past <paramref name="timeout"/>.</summary>
    public async Task<StoreSummary> CrawlAndWaitAsync(long sourceId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var crawlJobId = jobs.Enqueue<CrawlSourceJob>(job => job.Run(sourceId));
        var serverOptions = new BackgroundJobServerOptions
        {
            WorkerCount = Math.Max(2, Environment.ProcessorCount),
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            Activator = activator,
        };
        using var server = new BackgroundJobServer(serverOptions, storage);
        var deadline = DateTime.UtcNow + timeout;
        var monitoring = storage.GetMonitoringApi();
        while (true)
        {
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
            var crawlState = CurrentState(crawlJobId);
            if (crawlState == FailedState.StateName || crawlState == ScheduledState.StateName)
            {
                var reason = (await store.GetSourceAsync(sourceId, cancellationToken).ConfigureAwait(false))?.LastError;
                throw new InvalidOperationException($"Crawling source {sourceId} failed: {reason ?? "see the Hangfire job " + crawlJobId}");
            }

            var statistics = monitoring.GetStatistics();
            if (crawlState == SucceededState.StateName && statistics.Enqueued == 0 && statistics.Processing == 0)
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Articles were still being processed after {timeout.TotalSeconds:0} s");
            }
        }

        return await store.GetSummaryAsync(cancellationToken).ConfigureAwait(false);
    }

    private string? CurrentState(string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }
}
