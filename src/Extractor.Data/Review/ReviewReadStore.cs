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
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var facts = await connection.QueryAsync<FactRecord>(
            $"SELECT {FactColumns} {ReviewQueueSql.From} {ReviewQueueSql.Where(filter)} {ReviewQueueSql.Order} LIMIT @Limit",
            ReviewQueueSql.Parameters(filter, DateTimeOffset.UtcNow)).ConfigureAwait(false);
        return facts.AsList();
    }

    /// <summary>How many facts match <paramref name="filter"/> (ignoring its limit), for the bulk preview.</summary>
    public async Task<long> CountQueueAsync(ReviewQueueFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) {ReviewQueueSql.From} {ReviewQueueSql.Where(filter)}",
            ReviewQueueSql.Parameters(filter, DateTimeOffset.UtcNow)).ConfigureAwait(false);
    }

    /// <summary>The fact's review stage and what the analyst decided (null before an analyst decision).</summary>
    public async Task<(string Stage, string? AnalystStatus)> GetStageAsync(long factId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleAsync<StageRow>(
            "SELECT review_stage, analyst_status FROM facts WHERE id = @factId", new { factId }).ConfigureAwait(false);
        return (row.ReviewStage, row.AnalystStatus);
    }

    /// <summary>
    /// Pairs of outcomes by the first two people who decided the same fact (each person's latest decision that
    /// was not undone), grouped by fact kind; the input of <see cref="CohensKappa"/>.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<(string First, string Second)>>> ListAgreementPairsAsync(
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await connection.QueryAsync<AgreementRow>(
            $"""
            SELECT d.id, d.fact_id, f.kind, d.username, d.after_json
            FROM review_decisions d JOIN facts f ON f.id = d.fact_id
            WHERE d.action <> '{ReviewWorkflowAction.Undo}'
              AND NOT EXISTS (SELECT 1 FROM review_decisions u WHERE u.undoes_id = d.id)
              AND d.fact_id IN (SELECT fact_id FROM review_decisions GROUP BY fact_id HAVING COUNT(DISTINCT username) > 1)
            ORDER BY d.fact_id, d.id
            """).ConfigureAwait(false);
        var pairs = new Dictionary<string, List<(string, string)>>();
        foreach (var fact in decisions.GroupBy(d => d.FactId))
        {
            var raters = fact.GroupBy(d => d.Username).OrderBy(g => g.Min(d => d.Id)).Take(2)
                .Select(g => System.Text.Json.Nodes.JsonNode.Parse(g.Last().AfterJson)!["status"]!.GetValue<string>()).ToList();
            if (raters.Count == 2)
            {
                var kind = fact.First().Kind;
                if (!pairs.TryGetValue(kind, out var list)) pairs[kind] = list = [];
                list.Add((raters[0], raters[1]));
            }
        }

        return pairs.ToDictionary(p => p.Key, p => (IReadOnlyList<(string, string)>)p.Value);
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

    /// <summary>The newest decisions first, optionally for one fact.</summary>
    public async Task<IReadOnlyList<ReviewDecisionRecord>> ListDecisionsAsync(long? factId, int limit, CancellationToken cancellationToken = default)
    {
        var factFilter = factId is null ? string.Empty : "WHERE fact_id = @factId";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await connection.QueryAsync<ReviewDecisionRecord>(
            $"""
            SELECT id, fact_id, username, decided_at, action, before_json, after_json, reason, pipeline_version, stage, bulk_id, undoes_id
            FROM review_decisions {factFilter} ORDER BY id DESC LIMIT @limit
            """,
            new { factId, limit }).ConfigureAwait(false);
        return decisions.AsList();
    }

    private sealed class StageRow
    {
        public required string ReviewStage { get; init; }

        public string? AnalystStatus { get; init; }
    }

    private sealed class AgreementRow
    {
        public long Id { get; init; }

        public long FactId { get; init; }

        public required string Kind { get; init; }

        public required string Username { get; init; }

        public required string AfterJson { get; init; }
    }
}
