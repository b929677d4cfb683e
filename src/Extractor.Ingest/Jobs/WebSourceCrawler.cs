using System.Globalization;
using System.Net;
using Extractor.Data;
using Extractor.Data.Model;
using Extractor.Ingest.Feeds;
using Extractor.Ingest.Fetching;

namespace Extractor.Ingest.Jobs;

/// <summary>
/// Crawls feed, sitemap and URL-list sources: lists the article links and stores them as discovered rows,
/// then fetches every pending page of the source through <see cref="PageFetcher"/> and stores its raw bytes.
/// Each page fetch is claimed in the store first, so several workers crawling at once fetch a page once,
/// and a crawl killed midway leaves its unfetched links discovered for the next one. A page that cannot be
/// fetched is marked failed with its reason and retried on later crawls up to <see cref="IngestOptions.MaxFetchAttempts"/>.
/// </summary>
public sealed class WebSourceCrawler
{
    /// <summary>Sitemap indexes can nest; past this many documents per crawl the rest waits for the next run.</summary>
    private const int MaxListingDocuments = 50;

    private static readonly IReadOnlyList<IPNetwork> AnyNetwork = [IPNetwork.Parse("0.0.0.0/0"), IPNetwork.Parse("::/0")];
    private readonly IExtractorStore store;
    private readonly PageFetcher fetcher;
    private readonly IngestOptions options;

    public WebSourceCrawler(IExtractorStore store, PageFetcher fetcher, IngestOptions options)
    {
        this.store = store;
        this.fetcher = fetcher;
        this.options = options;
    }

    public async Task<CrawlOutcome> CrawlAsync(SourceRecord source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var networks = source.AllowPrivate ? AnyNetwork : [];
        var failures = new List<string>();
        var links = source.Kind == SourceKind.Urls
            ? await ReadUrlListAsync(source.Location, failures, cancellationToken).ConfigureAwait(false)
            : await ReadListingsAsync(source.Location, networks, failures, cancellationToken).ConfigureAwait(false);

        await store.RegisterDiscoveredAsync(source.Id, links.Select(link => link.AbsoluteUri).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        var changed = new List<long>();
        foreach (var url in await store.ListPendingFetchesAsync(source.Id, options.MaxFetchAttempts, options.MaxPagesPerCrawl, cancellationToken).ConfigureAwait(false))
        {
            if (await store.ClaimPageFetchAsync(url, holder, options.FetchLease, options.MaxFetchAttempts, cancellationToken).ConfigureAwait(false) is not { } articleId)
            {
                continue;
            }

            var page = await fetcher.FetchAsync(new FetchRequest(new Uri(url), networks), cancellationToken).ConfigureAwait(false);
            if (!page.IsOk)
            {
                var reason = Describe(page);
                failures.Add(reason);
                await store.MarkFailedAsync(articleId, reason, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var discovered = new DiscoveredArticle(source.Id, url, page.Body.ToArray(), page.ETag, page.LastModified?.ToString("R", CultureInfo.InvariantCulture));
            var outcome = await store.UpsertDiscoveredArticleAsync(discovered, cancellationToken).ConfigureAwait(false);
            if (outcome.Changed) changed.Add(outcome.ArticleId);
        }

        return new CrawlOutcome(changed, failures);
    }

    private async Task<List<Uri>> ReadListingsAsync(string location, IReadOnlyList<IPNetwork> networks, List<string> failures, CancellationToken cancellationToken)
    {
        var links = new List<Uri>();
        var start = UrlCanonicalizer.TryCanonicalize(location);
        if (start is null)
        {
            failures.Add($"{location}: not an http(s) URL");
            return links;
        }

        var pending = new Queue<Uri>([start]);
        var seen = new HashSet<Uri> { start };
        while (pending.Count > 0 && seen.Count <= MaxListingDocuments)
        {
            var listing = await fetcher.FetchAsync(new FetchRequest(pending.Dequeue(), networks), cancellationToken).ConfigureAwait(false);
            if (listing.Status == FetchStatus.NotModified)
            {
                continue;
            }

            if (!listing.IsOk)
            {
                failures.Add(Describe(listing));
                continue;
            }

            var contents = FeedReader.Read(BodyText.Decode(listing.Body.Span, listing.Charset), listing.FinalUrl);
            links.AddRange(contents.Links.Select(link => UrlCanonicalizer.Canonicalize(link.Url)).OfType<Uri>());
            foreach (var child in contents.ChildSitemaps.Select(UrlCanonicalizer.Canonicalize).OfType<Uri>())
            {
                if (seen.Add(child)) pending.Enqueue(child);
            }
        }

        return links;
    }

    private static async Task<List<Uri>> ReadUrlListAsync(string file, List<string> failures, CancellationToken cancellationToken)
    {
        var links = new List<Uri>();
        foreach (var line in await File.ReadAllLinesAsync(file, cancellationToken).ConfigureAwait(false))
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (UrlCanonicalizer.TryCanonicalize(text) is { } url) links.Add(url);
            else failures.Add($"{text}: not an http(s) URL");
        }

        return links;
    }

    private static string Describe(FetchResult result)
    {
        var why = result.Status == FetchStatus.Refused ? $"refused ({result.Refusal})" : result.Status.ToString().ToLowerInvariant();
        var status = result.HttpStatus is { } code ? $" HTTP {code}" : string.Empty;
        return $"{result.RequestedUrl}: {why}{status}{(result.Error is null ? string.Empty : ": " + result.Error)}";
    }
}
