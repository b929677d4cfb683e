using Extractor.Data;
using Hangfire;

namespace Extractor.Ingest.Jobs;

/// <summary>
/// The sweeper: articles still waiting after their lease expired, or never claimed at all, belonged
/// to a job that was lost (a restart, an in-memory queue); they are queued again.
/// </summary>
public sealed class RecoverAbandonedArticlesJob
{
    private const int MaxPerRun = 5000;
    private readonly IExtractorStore store;
    private readonly IBackgroundJobClient jobs;
    private readonly IngestOptions options;

    public RecoverAbandonedArticlesJob(IExtractorStore store, IBackgroundJobClient jobs, IngestOptions options)
    {
        this.store = store;
        this.jobs = jobs;
        this.options = options;
    }

    public async Task<int> Run()
    {
        var abandoned = await store.FindAbandonedArticlesAsync(options.UnclaimedGrace, MaxPerRun).ConfigureAwait(false);
        ArticleBatches.Enqueue(jobs, abandoned, options.BatchSize);
        return abandoned.Count;
    }
}
