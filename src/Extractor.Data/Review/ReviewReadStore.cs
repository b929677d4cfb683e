using Dapper;
using Extractor.Data.Model;

namespace Extractor.Data.Review;

/// <summary>
/// The review app's read queries (queue order, evidence, mentions, audit log), kept apart from
/// <see cref="SqlExtractorStore"/> over the same connection factory.
/// </summary>
public sealed class ReviewReadStore(Database database)
{
    static ReviewReadStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private const string FactColumns =
        "f.id, f.kind, f.subject_id, f.article_id, f.status, f.extracted_json, f.values_json, f.confidence, f.version, " +
        "f.change_seq, f.pipeline_version, f.decided_by, f.decided_at";

    /// <summary>
    /// Facts matching <paramref name="filter"/>, most uncertain first (confidence closest to 0.5,
    /// where the pipeline is least sure and a reviewer adds the most), then newest first.
    /// </summary>
    public async Task<IReadOnlyList<FactRecord>> ListQueueAsync(ReviewQueueFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // A later report of a clustered event is decided with its cluster's fact.
        var conditions = new List<string> { "f.cluster_fact_id IS NULL" };
        if (filter.Status is not null) conditions.Add("f.status = @Status");
        if (filter.Kind is not null) conditions.Add("f.kind = @Kind");
        if (filter.SourceId is not null) conditions.Add("a.source_id = @SourceId");
        if (filter.MinConfidence is not null) conditions.Add("f.confidence >= @MinConfidence");
        if (filter.MaxConfidence is not null) conditions.Add("f.confidence <= @MaxConfidence");
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var facts = await connection.QueryAsync<FactRecord>(
            $"""
            SELECT {FactColumns} FROM facts f JOIN articles a ON a.id = f.article_id
            WHERE {string.Join(" AND ", conditions)}
            ORDER BY ABS(f.confidence - 0.5), f.id DESC LIMIT @Limit
            """,
            filter).ConfigureAwait(false);
        return facts.AsList();
    }

    public async Task<EventEvidence?> GetEventEvidenceAsync(long articleId, string eventKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<EventEvidence>(
            """
            SELECT article_id, trigger_start, trigger_end, evidence_start, evidence_end, evidence_text
            FROM events WHERE article_id = @articleId AND event_key = @eventKey
            """,
            new { articleId, eventKey }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MentionSpan>> ListMentionsAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var mentions = await connection.QueryAsync<MentionSpan>(
            "SELECT entity_id, start_offset, end_offset, type FROM mentions WHERE article_id = @articleId ORDER BY start_offset",
            new { articleId }).ConfigureAwait(false);
        return mentions.AsList();
    }

    /// <summary>Registry entities whose name or id contains <paramref name="text"/> (case-insensitive), by name.</summary>
    public async Task<IReadOnlyList<EntityChoice>> FindEntitiesAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = "%" + text.ToLowerInvariant().Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal) + "%";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var entities = await connection.QueryAsync<EntityChoice>(
            "SELECT id, name, type FROM entities WHERE LOWER(name) LIKE @pattern OR LOWER(id) LIKE @pattern ORDER BY name, id LIMIT @limit",
            new { pattern, limit }).ConfigureAwait(false);
        return entities.AsList();
    }

    /// <summary>The newest decisions first, optionally for one fact.</summary>
    public async Task<IReadOnlyList<ReviewDecisionRecord>> ListDecisionsAsync(long? factId, int limit, CancellationToken cancellationToken = default)
    {
        var factFilter = factId is null ? string.Empty : "WHERE fact_id = @factId";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await connection.QueryAsync<ReviewDecisionRecord>(
            $"""
            SELECT id, fact_id, username, decided_at, action, before_json, after_json, reason, pipeline_version
            FROM review_decisions {factFilter} ORDER BY id DESC LIMIT @limit
            """,
            new { factId, limit }).ConfigureAwait(false);
        return decisions.AsList();
    }
}
