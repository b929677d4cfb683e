using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Dapper;
using Extractor.Data.Export;
using Extractor.Data.Model;
using Extractor.Data.Registry;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    private const string ScheduledExportColumns = "id, name, format, kind, folder, cron, cursor, last_run_at, last_file, last_count";
    private const string ExportedStatuses = "('" + FactStatus.Approved + "', '" + FactStatus.Corrected + "')";

    public async IAsyncEnumerable<ExportedFact> StreamExportAsync(
        ExportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Validate() is { } problem) throw new ArgumentException(problem, nameof(query));
        var parameters = new
        {
            query.SinceCursor,
            query.Kind,
            query.Source,
            query.Entity,
            EventType = query.EventType?.ToUpperInvariant(),
            From = query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            To = query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (query.Kind == ExportKinds.Mention)
        {
            var mentions = connection.QueryUnbufferedAsync<ExportedMention>(MentionSql(query), parameters);
            await foreach (var mention in mentions.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return mention.ToExportedFact();
            }

            yield break;
        }

        var facts = connection.QueryUnbufferedAsync<ExportedFact>(FactSql(query), parameters);
        await foreach (var fact in facts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return fact;
        }
    }

    public async Task<IReadOnlyList<EntityRecord>> GetExportEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        if (entityIds.Count == 0) return [];
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var entities = await connection.QueryAsync<EntityRecord>(
            $"SELECT id, name, type, country, admin1, lat, lon FROM entities WHERE {database.Dialect.InList("id", "entityIds")}",
            new { entityIds = entityIds.ToArray() }).ConfigureAwait(false);
        return entities.AsList();
    }

    public async Task SaveScheduledExportAsync(ScheduledExportRecord export, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(export);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO scheduled_exports (name, format, kind, folder, cron, created_at) VALUES (@Name, @Format, @Kind, @Folder, @Cron, @now)
            ON CONFLICT (name) DO UPDATE SET format = excluded.format, kind = excluded.kind, folder = excluded.folder, cron = excluded.cron
            """,
            new { export.Name, export.Format, export.Kind, export.Folder, export.Cron, now = Now }).ConfigureAwait(false);
    }

    public async Task<ScheduledExportRecord?> GetScheduledExportAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<ScheduledExportRecord>(
            $"SELECT {ScheduledExportColumns} FROM scheduled_exports WHERE name = @name", new { name }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ScheduledExportRecord>> ListScheduledExportsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var exports = await connection.QueryAsync<ScheduledExportRecord>(
            $"SELECT {ScheduledExportColumns} FROM scheduled_exports ORDER BY name").ConfigureAwait(false);
        return exports.AsList();
    }

    public async Task<bool> AdvanceScheduledExportAsync(
        string name, long fromCursor, long toCursor, string? file, int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE scheduled_exports SET cursor = @toCursor, last_run_at = @now, last_file = @file, last_count = @count
            WHERE name = @name AND cursor = @fromCursor
            """,
            new { name, fromCursor, toCursor, file, count, now = Now }).ConfigureAwait(false);
        return updated == 1;
    }

    private static string FactSql(ExportQuery query)
    {
        var sql = new StringBuilder(
            """
            SELECT f.id, f.kind, f.subject_id, f.status, f.values_json, f.confidence, f.version, f.change_seq, f.pipeline_version,
                f.decided_by, f.decided_at, f.article_id, a.url AS article_url,
                e.evidence_start, e.evidence_end, e.evidence_text,
                1 + (SELECT COUNT(*) FROM facts linked WHERE linked.cluster_fact_id = f.id) AS source_count
            FROM facts f
            JOIN articles a ON a.id = f.article_id
            """);
        sql.AppendLine().Append("LEFT JOIN events e ON f.kind = '" + FactKind.Event + "' AND e.article_id = f.article_id AND e.event_key = f.subject_id");
        AppendFilters(sql, query);

        // A later report of a clustered event leaves with its cluster's fact (source_count counts it).
        sql.AppendLine().Append("AND f.cluster_fact_id IS NULL");
        if (query.Kind is not null) sql.AppendLine().Append("AND f.kind = @Kind");
        if (query.EventType is not null) sql.AppendLine().Append("AND e.type = @EventType");
        if (query.From is not null) sql.AppendLine().Append("AND e.event_date IS NOT NULL AND e.event_date >= SUBSTR(@From, 1, LENGTH(e.event_date))");
        if (query.To is not null) sql.AppendLine().Append("AND e.event_date IS NOT NULL AND e.event_date <= SUBSTR(@To, 1, LENGTH(e.event_date))");
        if (query.Entity is not null)
        {
            sql.AppendLine().Append(
                """
                AND ((f.kind = 'entity' AND f.subject_id = @Entity) OR e.place_id = @Entity
                    OR EXISTS (SELECT 1 FROM event_arguments ea WHERE ea.event_id = e.id AND ea.entity_id = @Entity))
                """);
        }

        sql.AppendLine().Append("ORDER BY f.change_seq, f.id");
        return sql.ToString();
    }

    private static string MentionSql(ExportQuery query)
    {
        var sql = new StringBuilder(
            """
            SELECT f.id, m.entity_id, f.status, f.version, f.change_seq, f.pipeline_version, f.decided_by, f.decided_at,
                f.article_id, a.url AS article_url, m.id AS mention_id, m.start_offset, m.end_offset, m.text, m.type,
                m.source, m.cue, m.confidence
            FROM facts f
            JOIN articles a ON a.id = f.article_id
            JOIN mentions m ON m.article_id = f.article_id AND m.entity_id = f.subject_id
            """);
        AppendFilters(sql, query);
        sql.AppendLine().Append("AND f.kind = '" + FactKind.Entity + "'");
        if (query.Entity is not null) sql.AppendLine().Append("AND f.subject_id = @Entity");
        sql.AppendLine().Append("ORDER BY f.change_seq, f.id, m.start_offset, m.id");
        return sql.ToString();
    }

    private static void AppendFilters(StringBuilder sql, ExportQuery query)
    {
        if (query.Source is not null)
        {
            sql.AppendLine().Append("JOIN sources s ON s.id = a.source_id AND s.name = @Source");
        }

        sql.AppendLine().Append("WHERE f.change_seq > @SinceCursor");
        if (query.AllStatuses) return;
        sql.AppendLine().Append("AND (f.status IN " + ExportedStatuses);
        if (query.IncludesRetractions)
        {
            sql.Append(
                $"""
                 OR EXISTS (SELECT 1 FROM review_decisions d WHERE d.fact_id = f.id
                    AND d.action IN ('{ReviewAction.Approve}', '{ReviewAction.Correct}'))
                """);
        }

        sql.Append(')');
    }
}
