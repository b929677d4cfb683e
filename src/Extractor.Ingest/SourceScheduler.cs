using Extractor.Data.Model;
using Extractor.Ingest.Jobs;
using Hangfire;

namespace Extractor.Ingest;

/// <summary>Keeps one recurring crawl per source (id <c>source:&lt;id&gt;</c>) and the sweeper in Hangfire.</summary>
public sealed class SourceScheduler
{
    public const string SweeperJobId = "sweeper";
    private readonly IRecurringJobManager recurringJobs;
    private readonly IngestOptions options;

    public SourceScheduler(IRecurringJobManager recurringJobs, IngestOptions options)
    {
        this.recurringJobs = recurringJobs;
        this.options = options;
    }

    public static string JobIdFor(long sourceId) => $"source:{sourceId}";

    public void Schedule(SourceRecord source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sourceId = source.Id;
        if (!source.Enabled || string.IsNullOrWhiteSpace(source.Cron))
        {
            Unschedule(sourceId);
            return;
        }

        recurringJobs.AddOrUpdate<CrawlSourceJob>(JobIdFor(sourceId), job => job.Run(sourceId), source.Cron);
    }

    public void Unschedule(long sourceId) => recurringJobs.RemoveIfExists(JobIdFor(sourceId));

    public void ScheduleSweeper() =>
        recurringJobs.AddOrUpdate<RecoverAbandonedArticlesJob>(SweeperJobId, job => job.Run(), options.SweeperCron);
}
