using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Events.Clustering;
using Extractor.Core.Pipeline;
using Extractor.Data.Model;

namespace Extractor.Data;

/// <summary>
/// Cross-article event clusters. When an article's extraction is saved each of its events joins the
/// best matching cluster (<see cref="EventClusterer"/>) among those of its type whose date window lies
/// near its own, or starts one. The first report's event fact is the cluster's fact; later reports'
/// facts point at it (<c>facts.cluster_fact_id</c>), leave the queue and take its decisions.
/// </summary>
public sealed partial class SqlExtractorStore
{
    /// <summary>Candidate clusters looked at per event: enough for one type within a week, bounded for busy days.</summary>
    public const int ClusterCandidateLimit = 200;

    // Advisory lock keys per PLOVER type, so two workers saving reports of one event cluster them one after the other.
    private const long ClusterLockBase = 0x436C7573_74657200;

    private static readonly JsonSerializerOptions SignatureJson = new() { Converters = { new JsonStringEnumConverter() } };

    public async Task<IReadOnlyList<ClusterSource>> ListClusterSourcesAsync(long factId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var sources = await connection.QueryAsync<ClusterSource>(
            $"""
            SELECT a.id AS article_id, a.url AS article_url, a.title, f.id AS fact_id, e.evidence_text
            FROM facts own
            JOIN event_cluster_members me ON me.article_id = own.article_id AND me.event_key = own.subject_id
            JOIN event_cluster_members m ON m.cluster_id = me.cluster_id
            JOIN articles a ON a.id = m.article_id
            JOIN events e ON e.article_id = m.article_id AND e.event_key = m.event_key
            JOIN facts f ON f.article_id = m.article_id AND f.kind = '{FactKind.Event}' AND f.subject_id = m.event_key
            WHERE own.id = @factId AND own.kind = '{FactKind.Event}'
            ORDER BY m.joined_at, f.id
            """,
            new { factId }).ConfigureAwait(false);
        return sources.AsList();
    }

    /// <summary>Runs inside the extraction transaction, after the article's events and facts are saved.</summary>
    private async Task AssignClustersAsync(DbConnection connection, DbTransaction transaction, long articleId, Extraction extraction, DateTimeOffset now)
    {
        var keys = extraction.Events.Select(@event => @event.Id).ToArray();
        await LockClusterTypesAsync(connection, transaction, extraction.Events).ConfigureAwait(false);
        var dropped = await connection.QueryAsync<long>(
            $"DELETE FROM event_cluster_members WHERE article_id = @articleId AND {database.Dialect.NotInList("event_key", "keys")} RETURNING cluster_id",
            new { articleId, keys }, transaction).ConfigureAwait(false);
        foreach (var clusterId in dropped.Distinct())
        {
            await RelinkClusterAsync(connection, transaction, clusterId).ConfigureAwait(false);
        }

        var memberships = (await connection.QueryAsync<(string EventKey, long ClusterId)>(
            "SELECT event_key, cluster_id FROM event_cluster_members WHERE article_id = @articleId", new { articleId }, transaction).ConfigureAwait(false))
            .AsList();
        foreach (var clusterId in memberships.Select(m => m.ClusterId).Distinct())
        {
            // A re-extracted report may have gone back to pending: it takes its cluster's decision again.
            await RelinkClusterAsync(connection, transaction, clusterId).ConfigureAwait(false);
        }

        var joined = memberships.Select(m => m.EventKey).ToHashSet(StringComparer.Ordinal);
        var factIds = (await connection.QueryAsync<(string SubjectId, long Id)>(
            $"SELECT subject_id, id FROM facts WHERE article_id = @articleId AND kind = '{FactKind.Event}'", new { articleId }, transaction)
            .ConfigureAwait(false)).ToDictionary(row => row.SubjectId, row => row.Id, StringComparer.Ordinal);
        var places = extraction.Entities.Where(entity => entity.Place is not null).ToDictionary(entity => entity.Id, entity => entity.Place!, StringComparer.Ordinal);
        foreach (var @event in extraction.Events)
        {
            if (joined.Contains(@event.Id) || !factIds.TryGetValue(@event.Id, out var factId)) continue;
            var place = @event.PlaceId is { } placeId ? places.GetValueOrDefault(placeId) : null;
            var signature = EventSignature.Of(@event, place, extraction.Article.Published);
            if (signature.Date is not { } date) continue;
            var window = DateWindow.Of(date);
            var candidates = (await connection.QueryAsync<(long Id, string SignatureJson, long? FactId)>(
                """
                SELECT c.id, c.signature_json, c.fact_id FROM event_clusters c
                WHERE c.type = @type AND c.date_from >= @lowest AND c.date_from <= @highest AND c.date_to >= @earliest
                  AND NOT EXISTS (SELECT 1 FROM event_cluster_members m WHERE m.cluster_id = c.id AND m.article_id = @articleId)
                ORDER BY c.id LIMIT @limit
                """,
                new
                {
                    type = @event.Type.ToCode(),
                    lowest = Iso(window.From.AddDays(-EventClusterer.DayTolerance - EventClusterer.MaxWindowDays)),
                    highest = Iso(window.To.AddDays(EventClusterer.DayTolerance)),
                    earliest = Iso(window.From.AddDays(-EventClusterer.DayTolerance)),
                    articleId,
                    limit = ClusterCandidateLimit,
                },
                transaction).ConfigureAwait(false)).AsList();
            var signatures = candidates.Select(c => JsonSerializer.Deserialize<EventSignature>(c.SignatureJson, SignatureJson)!).ToList();
            var best = EventClusterer.BestMatch(signature, signatures);
            long clusterId;
            if (best < 0)
            {
                clusterId = await connection.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO event_clusters (type, date_from, date_to, signature_json, fact_id, created_at, updated_at)
                    VALUES (@type, @from, @to, @json, @factId, @now, @now) RETURNING id
                    """,
                    new { type = @event.Type.ToCode(), from = Iso(window.From), to = Iso(window.To), json = JsonSerializer.Serialize(signature, SignatureJson), factId, now },
                    transaction).ConfigureAwait(false);
            }
            else
            {
                clusterId = candidates[best].Id;
                var merged = EventClusterer.Merge(signatures[best], signature);
                var mergedWindow = DateWindow.Of(merged.Date!.Value);
                await connection.ExecuteAsync(
                    "UPDATE event_clusters SET signature_json = @json, date_from = @from, date_to = @to, updated_at = @now WHERE id = @clusterId",
                    new { json = JsonSerializer.Serialize(merged, SignatureJson), from = Iso(mergedWindow.From), to = Iso(mergedWindow.To), now, clusterId },
                    transaction).ConfigureAwait(false);
            }

            await connection.ExecuteAsync(
                "INSERT INTO event_cluster_members (article_id, event_key, cluster_id, joined_at) VALUES (@articleId, @key, @clusterId, @now)",
                new { articleId, key = @event.Id, clusterId, now }, transaction).ConfigureAwait(false);
            if (best >= 0) await RelinkClusterAsync(connection, transaction, clusterId).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Makes the fact of the cluster's first remaining report the cluster's fact, points the other
    /// reports' facts at it with its decision, and moves its change number so exports see the new
    /// source count; drops a cluster with no report left.
    /// </summary>
    private async Task RelinkClusterAsync(DbConnection connection, DbTransaction transaction, long clusterId)
    {
        var memberFacts = (await connection.QueryAsync<long>(
            $"""
            SELECT f.id FROM event_cluster_members m
            JOIN facts f ON f.article_id = m.article_id AND f.kind = '{FactKind.Event}' AND f.subject_id = m.event_key
            WHERE m.cluster_id = @clusterId ORDER BY m.joined_at, f.id
            """,
            new { clusterId }, transaction).ConfigureAwait(false)).AsList();
        if (memberFacts.Count == 0)
        {
            await connection.ExecuteAsync(
                "DELETE FROM event_cluster_members WHERE cluster_id = @clusterId; DELETE FROM event_clusters WHERE id = @clusterId",
                new { clusterId }, transaction).ConfigureAwait(false);
            return;
        }

        var clusterFact = memberFacts[0];
        var changeSeq = await NextChangeSeqAsync(connection, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            UPDATE event_clusters SET fact_id = @clusterFact WHERE id = @clusterId;
            UPDATE facts SET cluster_fact_id = NULL, change_seq = @changeSeq WHERE id = @clusterFact;
            """,
            new { clusterId, clusterFact, changeSeq }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            $"""
            UPDATE facts SET cluster_fact_id = @clusterFact, change_seq = @changeSeq,
                status = (SELECT c.status FROM facts c WHERE c.id = @clusterFact),
                decided_by = (SELECT c.decided_by FROM facts c WHERE c.id = @clusterFact),
                decided_at = (SELECT c.decided_at FROM facts c WHERE c.id = @clusterFact)
            WHERE {database.Dialect.InList("id", "others")}
            """,
            new { clusterFact, changeSeq, others = memberFacts.Skip(1).ToArray() }, transaction).ConfigureAwait(false);
    }

    /// <summary>A decision on a cluster's fact applies to every report linked to it.</summary>
    private static Task ApplyDecisionToClusterAsync(
        DbConnection connection, DbTransaction transaction, long clusterFact, string status, string user, DateTimeOffset now, long changeSeq) =>
        connection.ExecuteAsync(
            """
            UPDATE facts SET status = @status, version = version + 1, change_seq = @changeSeq, decided_by = @user, decided_at = @now, updated_at = @now
            WHERE cluster_fact_id = @clusterFact
            """,
            new { clusterFact, status, user, now, changeSeq }, transaction);

    /// <summary>
    /// PostgreSQL: one transaction-scoped advisory lock per type, taken in type order so two savers cannot
    /// deadlock. Today the fact_change counter row taken by the fact upsert already serializes savers; this
    /// lock states the clustering's own requirement and keeps it if that changes. SQLite has one writer.
    /// </summary>
    private async Task LockClusterTypesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Event> events)
    {
        if (database.Provider != DatabaseProvider.PostgreSql) return;
        foreach (var type in events.Select(@event => @event.Type).Distinct().Order())
        {
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", new { key = ClusterLockBase + (long)type }, transaction).ConfigureAwait(false);
        }
    }


    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
