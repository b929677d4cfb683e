using System.Globalization;
using System.Text;
using Extractor.Core.Articles;
using Extractor.Core.Html;
using Extractor.Core.Pipeline;
using Extractor.Data;
using Extractor.Data.Model;
using Extractor.Ingest.Feeds;

namespace Extractor.Ingest.Jobs;

/// <summary>
/// Parses, extracts and saves a batch of articles. It claims the rows first, so a duplicate or
/// re-run job skips articles another worker holds or already finished; a failing article is
/// recorded as failed with its reason and never stops the rest of the batch. A parsed article is
/// stored as parsed with its SimHash fingerprint; one whose text is a (near) copy of an earlier
/// article is linked to it and not extracted again.
/// </summary>
public sealed class ProcessArticlesJob
{
    private readonly IExtractorStore store;
    private readonly ArticlePipeline pipeline;
    private readonly IngestOptions options;
    private readonly HtmlArticleParser htmlParser = new();

    public ProcessArticlesJob(IExtractorStore store, ArticlePipeline pipeline, IngestOptions options)
    {
        this.store = store;
        this.pipeline = pipeline;
        this.options = options;
    }

    /// <summary>Returns how many of the batch were extracted by this run.</summary>
    public async Task<int> Run(long[] articleIds)
    {
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        var claimed = await store.ClaimArticlesAsync(articleIds, holder, options.Lease).ConfigureAwait(false);
        var extracted = 0;
        foreach (var article in claimed)
        {
            if (article.Attempts > options.MaxAttempts)
            {
                await store.MarkFailedAsync(article.Id, $"gave up after {options.MaxAttempts} attempts that never finished").ConfigureAwait(false);
                continue;
            }

            try
            {
                var parsed = Parse(article.Url, article.Raw);
                var published = parsed.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await store.MarkParsedAsync(article.Id, new ParsedArticle(parsed.Title, published, parsed.Text)).ConfigureAwait(false);
                var fingerprint = NearDuplicateDetector.Fingerprint(parsed.Text);
                var original = await store.RecordFingerprintAsync(article.Id, fingerprint.SimHash, fingerprint.ContentHash, NearDuplicateDetector.MaxDistance)
                    .ConfigureAwait(false);
                if (original is not null)
                {
                    continue;
                }

                var extraction = pipeline.Run(parsed);
                await store.SaveExtractionAsync(article.Id, extraction).ConfigureAwait(false);
                extracted++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Any failure belongs to this article alone; the reason is kept for the analyst.
                var reason = exception is ArticleParseException or InvalidDataException
                    ? exception.Message
                    : $"{exception.GetType().Name}: {exception.Message}";
                await store.MarkFailedAsync(article.Id, reason).ConfigureAwait(false);
            }
        }

        return extracted;
    }

    private Article Parse(string url, byte[] raw)
    {
        Article article;
        if (url.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            if (Array.IndexOf(raw, (byte)0) >= 0)
            {
                throw new InvalidDataException($"{url}: binary content in a text file");
            }

            article = PlainTextArticleReader.Read(Encoding.UTF8.GetString(raw), url, null);
        }
        else
        {
            var page = htmlParser.Parse(raw, url);
            if (page.Kind != PageKind.Article)
            {
                throw new InvalidDataException($"{url}: page is {page.Kind}, not an article");
            }

            article = page.Article;
        }

        return string.IsNullOrWhiteSpace(article.Text) ? throw new InvalidDataException($"{url}: no body text") : article;
    }
}
