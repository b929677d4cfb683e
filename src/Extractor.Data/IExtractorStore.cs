using Extractor.Core.Pipeline;
using Extractor.Data.Model;

namespace Extractor.Data;

/// <summary>
/// Everything the jobs, the CLI and the review app need from the database; one implementation
/// (<see cref="SqlExtractorStore"/>) serves both PostgreSQL and SQLite.
/// </summary>
public partial interface IExtractorStore
{
    /// <summary>Inserts the source or updates the one with the same name; returns its id.</summary>
    Task<long> SaveSourceAsync(SourceRecord source, CancellationToken cancellationToken = default);

    Task<SourceRecord?> GetSourceAsync(long sourceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes a source that has no articles; returns false when it has some or does not exist.</summary>
    Task<bool> DeleteSourceAsync(long sourceId, CancellationToken cancellationToken = default);

    Task RecordSourceRunAsync(long sourceId, DateTimeOffset at, string? error, CancellationToken cancellationToken = default);

    /// <summary>Stores new or changed raw content as <see cref="ArticleState.Fetched"/>; unchanged content is left alone.</summary>
    Task<UpsertOutcome> UpsertDiscoveredArticleAsync(DiscoveredArticle article, CancellationToken cancellationToken = default);

    Task<ArticleRecord?> GetArticleAsync(long articleId, CancellationToken cancellationToken = default);

    /// <summary>The id of the article stored under exactly this URL, or null.</summary>
    Task<long?> FindArticleIdAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>
    /// Leases those of <paramref name="articleIds"/> that wait for processing and are not leased by
    /// another worker; each claim counts as an attempt.
    /// </summary>
    Task<IReadOnlyList<ClaimedArticle>> ClaimArticlesAsync(
        IReadOnlyCollection<long> articleIds, string holder, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Articles waiting for processing whose lease expired, or that were never claimed within <paramref name="grace"/>.</summary>
    Task<IReadOnlyList<long>> FindAbandonedArticlesAsync(TimeSpan grace, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the article's mentions and events, upserts entities, aliases and facts, and marks it
    /// extracted, in one transaction. Facts whose extracted values did not change keep their review.
    /// </summary>
    Task SaveExtractionAsync(long articleId, Extraction extraction, CancellationToken cancellationToken = default);

    Task MarkFailedAsync(long articleId, string reason, CancellationToken cancellationToken = default);

    Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken = default);

    Task<FactRecord?> GetFactAsync(long factId, CancellationToken cancellationToken = default);

    /// <summary>Facts in id order after <paramref name="afterId"/>, optionally of one status (a review queue page).</summary>
    Task<IReadOnlyList<FactRecord>> ListFactsAsync(string? status, long afterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Inserts the user or updates the password hash and role of the one with the same name; returns its id.</summary>
    Task<long> SaveUserAsync(UserRecord user, CancellationToken cancellationToken = default);

    Task<UserRecord?> GetUserAsync(string username, CancellationToken cancellationToken = default);

    /// <summary>A success clears the failure count and lock; a failure counts and sets <paramref name="lockUntil"/> (null: not locked).</summary>
    Task RecordLoginAsync(string username, bool succeeded, DateTimeOffset? lockUntil, CancellationToken cancellationToken = default);
}
