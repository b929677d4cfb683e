using Extractor.Data.Model;

namespace Extractor.Data;

/// <summary>
/// Crawl state that must hold across worker processes: per-host turns and delays, robots.txt,
/// listing validators, page-fetch claims, parse results and near-duplicate fingerprints.
/// </summary>
public partial interface IExtractorStore
{
    /// <summary>
    /// Leases <paramref name="host"/> to <paramref name="holder"/> when no one else holds it and its next
    /// allowed time has passed; returns null then, else the earliest time worth asking again.
    /// </summary>
    Task<DateTimeOffset?> TryTakeHostTurnAsync(string host, string holder, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Ends <paramref name="holder"/>'s lease; the host's next request waits until at least <paramref name="nextAllowedAt"/>.</summary>
    Task ReleaseHostTurnAsync(string host, string holder, DateTimeOffset nextAllowedAt, CancellationToken cancellationToken = default);

    /// <summary>Keeps every request to <paramref name="host"/> back until <paramref name="notBefore"/> (never brings it forward).</summary>
    Task DeferHostAsync(string host, DateTimeOffset notBefore, CancellationToken cancellationToken = default);

    /// <summary>The unexpired robots.txt rules stored for <paramref name="origin"/>, or null.</summary>
    Task<StoredRobots?> GetRobotsAsync(string origin, CancellationToken cancellationToken = default);

    Task SaveRobotsAsync(string origin, StoredRobots robots, CancellationToken cancellationToken = default);

    /// <summary>The validators of a stored article (with its raw copy) or of a feed or sitemap at <paramref name="url"/>.</summary>
    Task<StoredValidators?> GetValidatorsAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Remembers validators of a URL that is not an article; an article's come with its raw copy.</summary>
    Task SaveListingValidatorsAsync(string url, StoredValidators validators, CancellationToken cancellationToken = default);

    /// <summary>Stores the article links a listing named as <see cref="ArticleState.Discovered"/>; known URLs are left alone.</summary>
    Task RegisterDiscoveredAsync(long sourceId, IReadOnlyCollection<string> urls, CancellationToken cancellationToken = default);

    /// <summary>URLs of the source still to fetch: discovered, or failed to fetch fewer than <paramref name="maxAttempts"/> times.</summary>
    Task<IReadOnlyList<string>> ListPendingFetchesAsync(long sourceId, int maxAttempts, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Leases a pending page fetch to <paramref name="holder"/>, counting an attempt; returns the article id, or
    /// null when another worker holds it, it is already fetched, or it ran out of attempts.
    /// </summary>
    Task<long?> ClaimPageFetchAsync(string url, string holder, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>Writes the parsed title, date and body and marks the article <see cref="ArticleState.Parsed"/>.</summary>
    Task MarkParsedAsync(long articleId, ParsedArticle parsed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the article's fingerprint and, when an earlier article has the same text hash or a SimHash within
    /// <paramref name="maxDistance"/> bits, links it (<c>duplicate_of</c>, state <see cref="ArticleState.Duplicate"/>)
    /// and returns that article's id. Serialised across workers, so two copies are never both kept as originals.
    /// </summary>
    Task<long?> RecordFingerprintAsync(long articleId, ulong simHash, string textHash, int maxDistance, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts stored articles with raw content back to <see cref="ArticleState.Fetched"/> for re-processing; filters
    /// combine, none selects all. Returns their ids.
    /// </summary>
    Task<IReadOnlyList<long>> ResetForReprocessAsync(long? sourceId, DateTimeOffset? since, CancellationToken cancellationToken = default);
}
