using Extractor.Data;
using Extractor.Data.Model;
using Hangfire;

namespace Extractor.Ingest.Jobs;

/// <summary>
/// Reads a folder source: every .html/.htm/.txt file is stored with its content hash, and files
/// whose content changed (or is new) are queued for processing. Running it again is harmless.
/// </summary>
public sealed class CrawlSourceJob
{
    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".txt" };
    private readonly IExtractorStore store;
    private readonly IBackgroundJobClient jobs;
    private readonly IngestOptions options;
    private readonly TimeProvider clock;

    public CrawlSourceJob(IExtractorStore store, IBackgroundJobClient jobs, IngestOptions options, TimeProvider clock)
    {
        this.store = store;
        this.jobs = jobs;
        this.options = options;
        this.clock = clock;
    }

    /// <summary>Returns the ids of new or changed articles, which it has queued for processing.</summary>
    [AutomaticRetry(Attempts = 2)]
    public async Task<IReadOnlyList<long>> Run(long sourceId)
    {
        var source = await store.GetSourceAsync(sourceId).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No source {sourceId}");
        try
        {
            if (source.Kind != SourceKind.Folder)
            {
                throw new NotSupportedException($"Source kind '{source.Kind}' is not crawled yet; only '{SourceKind.Folder}' is");
            }

            var changed = new List<long>();
            foreach (var file in ArticleFiles(source.Location))
            {
                var raw = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
                var outcome = await store.UpsertDiscoveredArticleAsync(new DiscoveredArticle(sourceId, new Uri(file).AbsoluteUri, raw)).ConfigureAwait(false);
                if (outcome.Changed) changed.Add(outcome.ArticleId);
            }

            ArticleBatches.Enqueue(jobs, changed, options.BatchSize);
            await store.RecordSourceRunAsync(sourceId, clock.GetUtcNow(), null).ConfigureAwait(false);
            return changed;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            await store.RecordSourceRunAsync(sourceId, clock.GetUtcNow(), exception.Message).ConfigureAwait(false);
            throw;
        }
    }

    private static IEnumerable<string> ArticleFiles(string folder) =>
        Directory.EnumerateFiles(Path.GetFullPath(folder), "*", SearchOption.AllDirectories)
            .Where(file => ArticleExtensions.Contains(Path.GetExtension(file)))
            .Order(StringComparer.Ordinal);
}
