using System.Numerics;
using Dapper;
using Extractor.Data.Model;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    private const int SimHashBands = 4;
    private const string PendingFetch = "raw IS NULL AND state IN ('" + ArticleState.Discovered + "', '" + ArticleState.Failed + "')";

    public async Task<DateTimeOffset?> TryTakeHostTurnAsync(string host, string holder, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO crawl_hosts (host, next_allowed_at, updated_at) VALUES (@host, @now, @now) ON CONFLICT (host) DO NOTHING",
            new { host, now }).ConfigureAwait(false);

        // One conditional UPDATE is the lease: PostgreSQL row-locks the host and re-checks the condition for a
        // waiting second writer; SQLite runs one writer at a time.
        var taken = await connection.ExecuteAsync(
            """
            UPDATE crawl_hosts SET lease_holder = @holder, lease_until = @until, updated_at = @now
            WHERE host = @host AND next_allowed_at <= @now AND (lease_until IS NULL OR lease_until < @now)
            """,
            new { host, holder, until = now + lease, now }).ConfigureAwait(false);
        if (taken == 1)
        {
            return null;
        }

        var state = await connection.QuerySingleAsync<HostRow>(
            "SELECT next_allowed_at, lease_until FROM crawl_hosts WHERE host = @host", new { host }).ConfigureAwait(false);
        return state.LeaseUntil is { } leasedUntil && leasedUntil >= now && state.NextAllowedAt < now ? now : state.NextAllowedAt;
    }

    public async Task ReleaseHostTurnAsync(string host, string holder, DateTimeOffset nextAllowedAt, CancellationToken cancellationToken = default)
    {
        await DeferHostAsync(host, nextAllowedAt, cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "UPDATE crawl_hosts SET lease_holder = NULL, lease_until = NULL, updated_at = @now WHERE host = @host AND lease_holder = @holder",
            new { host, holder, now = Now }).ConfigureAwait(false);
    }

    public async Task DeferHostAsync(string host, DateTimeOffset notBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO crawl_hosts (host, next_allowed_at, updated_at) VALUES (@host, @notBefore, @now)
            ON CONFLICT (host) DO UPDATE SET updated_at = excluded.updated_at,
                next_allowed_at = CASE WHEN crawl_hosts.next_allowed_at > excluded.next_allowed_at
                    THEN crawl_hosts.next_allowed_at ELSE excluded.next_allowed_at END
            """,
            new { host, notBefore, now = Now }).ConfigureAwait(false);
    }

    public async Task<StoredRobots?> GetRobotsAsync(string origin, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RobotsRow>(
            "SELECT rules, crawl_delay_ms, expires_at FROM robots_cache WHERE origin = @origin AND expires_at > @now",
            new { origin, now = Now }).ConfigureAwait(false);
        return row is null ? null : new StoredRobots(row.Rules, row.CrawlDelayMs, row.ExpiresAt);
    }

    public async Task SaveRobotsAsync(string origin, StoredRobots robots, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(robots);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO robots_cache (origin, rules, crawl_delay_ms, expires_at) VALUES (@origin, @Rules, @CrawlDelayMs, @ExpiresAt)
            ON CONFLICT (origin) DO UPDATE SET rules = excluded.rules, crawl_delay_ms = excluded.crawl_delay_ms, expires_at = excluded.expires_at
            """,
            new { origin, robots.Rules, robots.CrawlDelayMs, robots.ExpiresAt }).ConfigureAwait(false);
    }

    public async Task<StoredValidators?> GetValidatorsAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // An article's validators count only with its raw copy: a 304 must have a stored page to stand for.
        var rows = await connection.QueryAsync<ValidatorRow>(
            """
            SELECT etag, last_modified FROM articles
            WHERE url = @url AND raw IS NOT NULL AND (etag IS NOT NULL OR last_modified IS NOT NULL)
            UNION ALL
            SELECT etag, last_modified FROM listing_validators WHERE url = @url
            """,
            new { url }).ConfigureAwait(false);
        return rows.Select(row => new StoredValidators(row.Etag, row.LastModified)).FirstOrDefault();
    }

    public async Task SaveListingValidatorsAsync(string url, StoredValidators validators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validators);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO listing_validators (url, etag, last_modified, updated_at)
            SELECT @url, @ETag, @LastModified, @now WHERE NOT EXISTS (SELECT 1 FROM articles WHERE url = @url)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at
            """,
            new { url, validators.ETag, validators.LastModified, now = Now }).ConfigureAwait(false);
    }

    public async Task RegisterDiscoveredAsync(long sourceId, IReadOnlyCollection<string> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (urls.Count == 0) return;
        var now = Now;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            $"""
            INSERT INTO articles (source_id, url, content_hash, state, attempts, created_at, updated_at)
            VALUES (@sourceId, @url, '', '{ArticleState.Discovered}', 0, @now, @now)
            ON CONFLICT (url) DO NOTHING
            """,
            urls.Select(url => new { sourceId, url, now }), transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> ListPendingFetchesAsync(long sourceId, int maxAttempts, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var urls = await connection.QueryAsync<string>(
            $"SELECT url FROM articles WHERE source_id = @sourceId AND {PendingFetch} AND attempts < @maxAttempts ORDER BY id LIMIT @limit",
            new { sourceId, maxAttempts, limit }).ConfigureAwait(false);
        return urls.AsList();
    }

    public async Task<long?> ClaimPageFetchAsync(string url, string holder, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<long?>(
            $"""
            UPDATE articles SET lease_holder = @holder, lease_until = @until, attempts = attempts + 1, updated_at = @now
            WHERE url = @url AND {PendingFetch} AND attempts < @maxAttempts AND (lease_until IS NULL OR lease_until < @now)
            RETURNING id
            """,
            new { url, holder, until = now + lease, now, maxAttempts }).ConfigureAwait(false);
    }

    public async Task MarkParsedAsync(long articleId, ParsedArticle parsed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            $"""
            UPDATE articles SET state = '{ArticleState.Parsed}', title = @Title, published = @Published, text = @Text, updated_at = @now
            WHERE id = @articleId
            """,
            new { articleId, parsed.Title, parsed.Published, parsed.Text, now = Now }).ConfigureAwait(false);
    }

    public async Task<long?> RecordFingerprintAsync(long articleId, ulong simHash, string textHash, int maxDistance, CancellationToken cancellationToken = default)
    {
        var bands = Enumerable.Range(0, SimHashBands).Select(band => new { articleId, band, value = (int)((simHash >> (band * 16)) & 0xFFFF) }).ToList();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("UPDATE counters SET value = value + 1 WHERE name = 'fingerprint'", transaction: transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "UPDATE articles SET simhash = @simHash, text_hash = @textHash WHERE id = @articleId; DELETE FROM simhash_bands WHERE article_id = @articleId",
            new { articleId, simHash = unchecked((long)simHash), textHash }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO simhash_bands (band, value, article_id) VALUES (@band, @value, @articleId)", bands, transaction).ConfigureAwait(false);
        var candidates = await connection.QueryAsync<FingerprintRow>(
            $"""
            SELECT id, simhash, text_hash FROM articles
            WHERE id <> @articleId AND duplicate_of IS NULL AND simhash IS NOT NULL
              AND state NOT IN ('{ArticleState.Failed}', '{ArticleState.Duplicate}')
              AND (text_hash = @textHash OR id IN (
                SELECT article_id FROM simhash_bands
                WHERE (band = 0 AND value = @b0) OR (band = 1 AND value = @b1) OR (band = 2 AND value = @b2) OR (band = 3 AND value = @b3)))
            ORDER BY id
            """,
            new { articleId, textHash, b0 = bands[0].value, b1 = bands[1].value, b2 = bands[2].value, b3 = bands[3].value },
            transaction).ConfigureAwait(false);
        var original = candidates.FirstOrDefault(row =>
            row.TextHash == textHash || BitOperations.PopCount(unchecked((ulong)row.Simhash) ^ simHash) <= maxDistance)?.Id;
        await connection.ExecuteAsync(
            original is null
                ? "UPDATE articles SET duplicate_of = NULL WHERE id = @articleId"
                : $"""
                  UPDATE articles SET duplicate_of = @original, state = '{ArticleState.Duplicate}', lease_holder = NULL, lease_until = NULL,
                      updated_at = @now
                  WHERE id = @articleId
                  """,
            new { articleId, original, now = Now }, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return original;
    }

    public async Task<IReadOnlyList<long>> ResetForReprocessAsync(long? sourceId, DateTimeOffset? since, CancellationToken cancellationToken = default)
    {
        var filters = (sourceId is null ? string.Empty : " AND source_id = @sourceId") + (since is null ? string.Empty : " AND created_at >= @since");
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = await connection.QueryAsync<long>(
            $"""
            UPDATE articles SET state = '{ArticleState.Fetched}', attempts = 0, failure_reason = NULL, duplicate_of = NULL,
                lease_holder = NULL, lease_until = NULL, updated_at = @now
            WHERE raw IS NOT NULL{filters}
            RETURNING id
            """,
            new { sourceId, since = since ?? default, now = Now }).ConfigureAwait(false);
        return ids.Order().ToList();
    }

    private sealed class HostRow
    {
        public DateTimeOffset NextAllowedAt { get; init; }

        public DateTimeOffset? LeaseUntil { get; init; }
    }

    private sealed class RobotsRow
    {
        public string Rules { get; init; } = "";

        public long? CrawlDelayMs { get; init; }

        public DateTimeOffset ExpiresAt { get; init; }
    }

    private sealed class ValidatorRow
    {
        public string? Etag { get; init; }

        public string? LastModified { get; init; }
    }

    private sealed class FingerprintRow
    {
        public long Id { get; init; }

        public long Simhash { get; init; }

        public string? TextHash { get; init; }
    }
}
