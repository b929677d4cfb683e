using Dapper;

namespace Extractor.Data.Review;

/// <summary>The queue's WHERE clause and order, shared by the queue page, the bulk preview and the bulk decision.</summary>
internal static class ReviewQueueSql
{
    /// <summary>Matches the expression index <c>ix_facts_queue</c> (migration 0003), so the first page needs no sort of all facts.</summary>
    public const string Order = "ORDER BY ABS(f.confidence - 0.5), f.id DESC";

    public const string From = "FROM facts f JOIN articles a ON a.id = f.article_id";

    public static string Where(ReviewQueueFilter filter)
    {
        // A later report of a clustered event is decided with its cluster's fact, so only the cluster's fact is queued.
        var conditions = new List<string> { "f.cluster_fact_id IS NULL" };
        if (filter.Status is not null) conditions.Add("f.status = @Status");
        if (filter.Stage is not null) conditions.Add("f.review_stage = @Stage");
        if (filter.Kind is not null) conditions.Add("f.kind = @Kind");
        if (filter.SourceId is not null) conditions.Add("a.source_id = @SourceId");
        if (filter.MinConfidence is not null) conditions.Add("f.confidence >= @MinConfidence");
        if (filter.MaxConfidence is not null) conditions.Add("f.confidence <= @MaxConfidence");
        if (filter.From is not null) conditions.Add("f.created_at >= @From");
        if (filter.To is not null) conditions.Add("f.created_at < @To");
        if (filter.Viewer is not null) conditions.Add("(f.lease_holder IS NULL OR f.lease_holder = @Viewer OR f.lease_until < @Now)");
        if (filter.EntityId is not null)
        {
            // Two indexed look-ups (facts by subject, events by place or argument) instead of a per-row EXISTS.
            conditions.Add(
                """
                f.id IN (
                    SELECT id FROM facts WHERE subject_id = @EntityId
                    UNION
                    SELECT x.id FROM facts x JOIN events e ON e.article_id = x.article_id AND e.event_key = x.subject_id
                    WHERE x.kind = 'event' AND (e.place_id = @EntityId OR e.id IN (SELECT event_id FROM event_arguments WHERE entity_id = @EntityId)))
                """);
        }

        return "WHERE " + string.Join(" AND ", conditions);
    }

    public static DynamicParameters Parameters(ReviewQueueFilter filter, DateTimeOffset now)
    {
        var parameters = new DynamicParameters(filter);
        parameters.Add("Now", now);
        return parameters;
    }
}
