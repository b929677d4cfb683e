using Dapper;
using Extractor.Data.Model;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    public async Task<IReadOnlyList<SourceStateCount>> CountArticlesBySourceAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(long SourceId, string State, long Count)>(
            "SELECT source_id, state, COUNT(*) FROM articles GROUP BY source_id, state ORDER BY source_id, state").ConfigureAwait(false);
        return rows.Select(row => new SourceStateCount(row.SourceId, row.State, (int)row.Count)).ToList();
    }

    public async Task<IReadOnlyList<SourceArticle>> ListSourceArticlesAsync(
        long sourceId, string? state, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var stateFilter = state is null ? string.Empty : " AND state = @state";
        var articles = await connection.QueryAsync<SourceArticle>(
            $"""
            SELECT id, url, title, state, attempts, failure_reason, duplicate_of, pipeline_version, updated_at
            FROM articles
            WHERE source_id = @sourceId{stateFilter}
            ORDER BY id
            LIMIT @limit OFFSET @offset
            """,
            new { sourceId, state, offset, limit }).ConfigureAwait(false);
        return articles.AsList();
    }

    public async Task<IReadOnlyList<long>> RetryFailedArticlesAsync(long sourceId, string username, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        const string failed = ArticleState.Failed;
        await connection.ExecuteAsync(
            """
            INSERT INTO article_retries (article_id, username, retried_at, previous_reason, previous_attempts)
            SELECT id, @username, @now, failure_reason, attempts FROM articles WHERE source_id = @sourceId AND state = @failed
            """,
            new { sourceId, failed, username, now }, transaction).ConfigureAwait(false);
        var ids = await connection.QueryAsync<long>(
            $"""
            UPDATE articles SET state = CASE WHEN raw IS NULL THEN '{ArticleState.Discovered}' ELSE '{ArticleState.Fetched}' END,
                attempts = 0, failure_reason = NULL, lease_holder = NULL, lease_until = NULL, updated_at = @now
            WHERE source_id = @sourceId AND state = @failed
            RETURNING id
            """,
            new { sourceId, failed, now }, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ids.Order().ToList();
    }
}
