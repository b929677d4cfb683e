using Extractor.Data.Export;
using Hangfire;

namespace Extractor.Ingest.Exports;

/// <summary>Keeps one recurring Hangfire job per scheduled export, id <c>export:&lt;name&gt;</c>, next to the crawl jobs.</summary>
public sealed class ExportScheduler
{
    private readonly IRecurringJobManager recurringJobs;

    public ExportScheduler(IRecurringJobManager recurringJobs)
    {
        this.recurringJobs = recurringJobs;
    }

    public static string JobIdFor(string name) => $"export:{name}";

    public void Schedule(ScheduledExportRecord export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var name = export.Name;
        recurringJobs.AddOrUpdate<ScheduledExportJob>(JobIdFor(name), job => job.Run(name), export.Cron);
    }
}
