using Dapper;
using Extractor.Data.Model;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    private const string WaitingStates = "('" + ArticleState.Fetched + "', '" + ArticleState.Parsed + "')";

    public async Task<UpsertOutcome> UpsertDiscoveredArticleAsync(DiscoveredArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = RawContent.Hash(article.Raw);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // The DO UPDATE's WHERE makes an unchanged page return no row, so the caller skips it.
        var changedId = await connection.ExecuteScalarAsync<long?>(
            $"""
            INSERT INTO articles (source_id, url, content_hash, raw, state, attempts, etag, last_modified, created_at, updated_at)
            VALUES (@SourceId, @Url, @hash, @raw, '{ArticleState.Fetched}', 0, @Etag, @LastModified, @now, @now)
            ON CONFLICT (url) DO UPDATE SET content_hash = excluded.content_hash, raw = excluded.raw, state = excluded.state,
                attempts = 0, failure_reason = NULL, etag = excluded.etag, last_modified = excluded.last_modified,
                lease_holder = NULL, lease_until = NULL, updated_at = excluded.updated_at
            WHERE articles.content_hash <> excluded.content_hash
            RETURNING id
            """,
            new { article.SourceId, article.Url, hash, raw = RawContent.Compress(article.Raw), article.Etag, article.LastModified, now = Now })
            .ConfigureAwait(false);
        if (changedId is { } id)
        {
            return new UpsertOutcome(id, Changed: true);
        }

        var existing = await connection.ExecuteScalarAsync<long>("SELECT id FROM articles WHERE url = @Url", new { article.Url }).ConfigureAwait(false);
        return new UpsertOutcome(existing, Changed: false);
    }

    public async Task<ArticleRecord?> GetArticleAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<ArticleRecord>(
            """
            SELECT id, source_id, url, content_hash, title, published, text, state, failure_reason, attempts,
                pipeline_version, created_at, updated_at
            FROM articles WHERE id = @articleId
            """,
            new { articleId }).ConfigureAwait(false);
    }

    public async Task<long?> FindArticleIdAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<long?>(
            "SELECT id FROM articles WHERE url = @url", new { url }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ClaimedArticle>> ClaimArticlesAsync(
        IReadOnlyCollection<long> articleIds, string holder, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0) return [];
        var now = Now;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ClaimRow>(
            $"""
            UPDATE articles SET lease_holder = @holder, lease_until = @until, attempts = attempts + 1, updated_at = @now
            WHERE id IN (
                SELECT id FROM articles
                WHERE {database.Dialect.InList("id", "articleIds")} AND state IN {WaitingStates} AND (lease_until IS NULL OR lease_until < @now)
                ORDER BY id{database.Dialect.SkipLockedSuffix})
            RETURNING id, url, raw, attempts
            """,
            new { holder, until = now + lease, now, articleIds = articleIds.ToArray() }).ConfigureAwait(false);
        return rows.Select(row => new ClaimedArticle(row.Id, row.Url, RawContent.Decompress(row.Raw), row.Attempts)).ToList();
    }

    public async Task<IReadOnlyList<long>> FindAbandonedArticlesAsync(TimeSpan grace, int limit, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = await connection.QueryAsync<long>(
            $"""
            SELECT id FROM articles
            WHERE state IN {WaitingStates}
              AND (lease_until < @now OR (lease_until IS NULL AND updated_at < @unclaimedSince))
            ORDER BY id
            LIMIT @limit
            """,
            new { now, unclaimedSince = now - grace, limit }).ConfigureAwait(false);
        return ids.AsList();
    }

    public async Task MarkFailedAsync(long articleId, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            $"""
            UPDATE articles SET state = '{ArticleState.Failed}', failure_reason = @reason, lease_holder = NULL, lease_until = NULL,
                updated_at = @now
            WHERE id = @articleId
            """,
            new { articleId, reason, now = Now }).ConfigureAwait(false);
    }

    public async Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        async Task<IReadOnlyDictionary<string, int>> CountAsync(string sql)
        {
            var rows = await connection.QueryAsync<(string Key, long Count)>(sql).ConfigureAwait(false);
            return rows.ToDictionary(row => row.Key, row => (int)row.Count, StringComparer.Ordinal);
        }

        return new StoreSummary(
            await CountAsync("SELECT state, COUNT(*) FROM articles GROUP BY state").ConfigureAwait(false),
            await CountAsync($"SELECT type, COUNT(*) FROM entities WHERE {IsCanonical("id")} GROUP BY type").ConfigureAwait(false),
            await CountAsync("SELECT type, COUNT(*) FROM events GROUP BY type").ConfigureAwait(false),
            await CountAsync("SELECT status, COUNT(*) FROM facts GROUP BY status").ConfigureAwait(false));
    }

    private sealed class ClaimRow
    {
        public long Id { get; init; }

        public string Url { get; init; } = "";

        public byte[] Raw { get; init; } = [];

        public int Attempts { get; init; }
    }
}
