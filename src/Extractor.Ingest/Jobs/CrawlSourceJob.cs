using Extractor.Data;
using Extractor.Data.Model;
using Hangfire;

namespace Extractor.Ingest.Jobs;

/// <summary>
/// Crawls one source and queues its new or changed articles for processing. A folder source stores
/// every .html/.htm/.txt file with its content hash; feed, sitemap and URL-list sources go through
/// <see cref="WebSourceCrawler"/>. Running it again is harmless.
/// </summary>
public sealed class CrawlSourceJob
{
    private const int FailuresInRunError = 5;
    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".txt" };
    private readonly IExtractorStore store;
    private readonly IBackgroundJobClient jobs;
    private readonly WebSourceCrawler webCrawler;
    private readonly IngestOptions options;
    private readonly TimeProvider clock;

    public CrawlSourceJob(IExtractorStore store, IBackgroundJobClient jobs, WebSourceCrawler webCrawler, IngestOptions options, TimeProvider clock)
    {
        this.store = store;
        this.jobs = jobs;
        this.webCrawler = webCrawler;
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
            var outcome = source.Kind switch
            {
                SourceKind.Folder => await CrawlFolderAsync(source).ConfigureAwait(false),
                SourceKind.Feed or SourceKind.Sitemap or SourceKind.Urls => await webCrawler.CrawlAsync(source).ConfigureAwait(false),
                _ => throw new NotSupportedException($"Source kind '{source.Kind}' is not crawled"),
            };

            ArticleBatches.Enqueue(jobs, outcome.Changed, options.BatchSize);
            await store.RecordSourceRunAsync(sourceId, clock.GetUtcNow(), RunError(outcome.Failures)).ConfigureAwait(false);
            return outcome.Changed;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            await store.RecordSourceRunAsync(sourceId, clock.GetUtcNow(), exception.Message).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<CrawlOutcome> CrawlFolderAsync(SourceRecord source)
    {
        var changed = new List<long>();
        foreach (var file in ArticleFiles(source.Location))
        {
            var raw = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
            var outcome = await store.UpsertDiscoveredArticleAsync(new DiscoveredArticle(source.Id, new Uri(file).AbsoluteUri, raw)).ConfigureAwait(false);
            if (outcome.Changed) changed.Add(outcome.ArticleId);
        }

        return new CrawlOutcome(changed, []);
    }

    private static string? RunError(IReadOnlyList<string> failures) =>
        failures.Count == 0 ? null
        : $"{failures.Count} fetch(es) failed: " + string.Join("; ", failures.Take(FailuresInRunError))
            + (failures.Count > FailuresInRunError ? "; ..." : string.Empty);

    private static IEnumerable<string> ArticleFiles(string folder) =>
        Directory.EnumerateFiles(Path.GetFullPath(folder), "*", SearchOption.AllDirectories)
            .Where(file => ArticleExtensions.Contains(Path.GetExtension(file)))
            .Order(StringComparer.Ordinal);
}
