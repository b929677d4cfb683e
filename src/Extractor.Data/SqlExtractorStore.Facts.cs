using System.Text.Json.Nodes;
using Dapper;
using Extractor.Data.Model;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    private const string FactColumns =
        "id, kind, subject_id, article_id, status, extracted_json, values_json, confidence, version, change_seq, pipeline_version, decided_by, decided_at";

    public async Task<FactRecord?> GetFactAsync(long factId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<FactRecord>(
            $"SELECT {FactColumns} FROM facts WHERE id = @factId", new { factId }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FactRecord>> ListFactsAsync(string? status, long afterId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var statusFilter = status is null ? string.Empty : "AND status = @status";
        var facts = await connection.QueryAsync<FactRecord>(
            $"SELECT {FactColumns} FROM facts WHERE id > @afterId {statusFilter} ORDER BY id LIMIT @limit",
            new { status, afterId, limit }).ConfigureAwait(false);
        return facts.AsList();
    }

    public async Task<FactRecord> ReviewFactAsync(FactReview review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        var status = ReviewAction.ResultingStatus(review.Action);
        if (review.Action == ReviewAction.Correct && review.CorrectedValuesJson is null)
        {
            throw new ArgumentException("A correction needs the corrected values", nameof(review));
        }

        var now = Now;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var before = await connection.QuerySingleOrDefaultAsync<FactRecord>(
            $"SELECT {FactColumns} FROM facts WHERE id = @FactId", new { review.FactId }, transaction).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No fact {review.FactId}");
        if (before.Version != review.ExpectedVersion)
        {
            throw new StaleVersionException($"Fact {review.FactId} is at version {before.Version}, not {review.ExpectedVersion}");
        }

        var values = review.CorrectedValuesJson ?? before.ValuesJson;
        var changeSeq = await NextChangeSeqAsync(connection, transaction).ConfigureAwait(false);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE facts SET status = @status, values_json = @values, version = version + 1, change_seq = @changeSeq,
                decided_by = @User, decided_at = @now, lease_holder = NULL, lease_until = NULL, updated_at = @now
            WHERE id = @FactId AND version = @ExpectedVersion
            """,
            new { status, values, changeSeq, review.User, now, review.FactId, review.ExpectedVersion }, transaction).ConfigureAwait(false);
        if (updated == 0)
        {
            throw new StaleVersionException($"Fact {review.FactId} changed while it was being reviewed");
        }

        await ApplyDecisionToClusterAsync(connection, transaction, review.FactId, status, review.User, now, changeSeq).ConfigureAwait(false);

        await connection.ExecuteAsync(
            """
            INSERT INTO review_decisions (fact_id, username, decided_at, action, before_json, after_json, reason, pipeline_version)
            VALUES (@FactId, @User, @now, @Action, @beforeJson, @afterJson, @Reason, @PipelineVersion)
            """,
            new
            {
                review.FactId,
                review.User,
                now,
                review.Action,
                beforeJson = Snapshot(before.Status, before.ValuesJson),
                afterJson = Snapshot(status, values),
                review.Reason,
                before.PipelineVersion,
            },
            transaction).ConfigureAwait(false);
        var after = await connection.QuerySingleAsync<FactRecord>(
            $"SELECT {FactColumns} FROM facts WHERE id = @FactId", new { review.FactId }, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return after;
    }

    private static string Snapshot(string status, string valuesJson) =>
        new JsonObject { ["status"] = status, ["values"] = JsonNode.Parse(valuesJson) }.ToJsonString();
}
