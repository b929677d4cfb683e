using Dapper;
using Extractor.Data.Model;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    private const string SourceColumns = "id, name, kind, location, cron, allow_private, enabled, last_run_at, last_error";

    public async Task<long> SaveSourceAsync(SourceRecord source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO sources (name, kind, location, cron, allow_private, enabled, created_at)
            VALUES (@Name, @Kind, @Location, @Cron, @AllowPrivate, @Enabled, @now)
            ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, location = excluded.location, cron = excluded.cron,
                allow_private = excluded.allow_private, enabled = excluded.enabled
            RETURNING id
            """,
            new { source.Name, source.Kind, source.Location, source.Cron, source.AllowPrivate, source.Enabled, now = Now }).ConfigureAwait(false);
    }

    public async Task<SourceRecord?> GetSourceAsync(long sourceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<SourceRecord>(
            $"SELECT {SourceColumns} FROM sources WHERE id = @sourceId", new { sourceId }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var sources = await connection.QueryAsync<SourceRecord>($"SELECT {SourceColumns} FROM sources ORDER BY id").ConfigureAwait(false);
        return sources.AsList();
    }

    public async Task<bool> DeleteSourceAsync(long sourceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await connection.ExecuteAsync(
            "DELETE FROM sources WHERE id = @sourceId AND NOT EXISTS (SELECT 1 FROM articles WHERE source_id = @sourceId)",
            new { sourceId }).ConfigureAwait(false);
        return deleted > 0;
    }

    public async Task RecordSourceRunAsync(long sourceId, DateTimeOffset at, string? error, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "UPDATE sources SET last_run_at = @at, last_error = @error WHERE id = @sourceId",
            new { sourceId, at, error }).ConfigureAwait(false);
    }
}
