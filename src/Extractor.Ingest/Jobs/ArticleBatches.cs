using Extractor.Ingest.Jobs;
using Hangfire;

namespace Extractor.Ingest.Jobs;

/// <summary>Enqueues <see cref="ProcessArticlesJob"/> for article ids, <see cref="IngestOptions.BatchSize"/> at a time.</summary>
public static class ArticleBatches
{
    public static IReadOnlyList<string> Enqueue(IBackgroundJobClient jobs, IReadOnlyList<long> articleIds, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(articleIds);
        var jobIds = new List<string>();
        foreach (var chunk in articleIds.Chunk(batchSize))
        {
            jobIds.Add(jobs.Enqueue<ProcessArticlesJob>(job => job.Run(chunk)));
        }

        return jobIds;
    }
}
