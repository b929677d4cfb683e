using Extractor.Data.Model;

namespace Extractor.Data;

/// <summary>The operator's view of crawling: article counts and lists per source, and retrying failures.</summary>
public partial interface IExtractorStore
{
    /// <summary>Article counts by source and state; sources without articles have no rows.</summary>
    Task<IReadOnlyList<SourceStateCount>> CountArticlesBySourceAsync(CancellationToken cancellationToken = default);

    /// <summary>A page of the source's articles in id order, optionally only those in <paramref name="state"/>.</summary>
    Task<IReadOnlyList<SourceArticle>> ListSourceArticlesAsync(
        long sourceId, string? state, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends the source's failed articles back to the state they are processed from (fetched when the raw
    /// page is stored, else discovered) with no attempts, records each retry for <paramref name="username"/>
    /// in <c>article_retries</c>, and returns their ids.
    /// </summary>
    Task<IReadOnlyList<long>> RetryFailedArticlesAsync(long sourceId, string username, CancellationToken cancellationToken = default);
}
