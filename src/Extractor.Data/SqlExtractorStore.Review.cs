using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Dapper;
using Extractor.Data.Model;
using Extractor.Data.Review;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    public async Task<FactLease> LeaseFactAsync(long factId, string user, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            UPDATE facts SET lease_holder = @user, lease_until = @until
            WHERE id = @factId AND (lease_holder IS NULL OR lease_holder = @user OR lease_until < @now)
            """,
            new { factId, user, until = now + lease, now }).ConfigureAwait(false);
        return await connection.QuerySingleAsync<FactLease>(
            "SELECT lease_holder AS holder, lease_until AS until FROM facts WHERE id = @factId", new { factId }).ConfigureAwait(false);
    }

    public async Task<FactRecord> DecideFactAsync(FactReview review, bool canReview, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var before = await connection.QuerySingleOrDefaultAsync<FactRecord>(
            $"SELECT {FactColumns} FROM facts WHERE id = @FactId", new { review.FactId }, transaction).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No fact {review.FactId}");
        if (before.Version != review.ExpectedVersion)
        {
            throw new StaleVersionException($"Fact {review.FactId} is at version {before.Version}, not {review.ExpectedVersion}");
        }

        var stage = await StageOfAsync(connection, transaction, review.FactId).ConfigureAwait(false);
        if (!await ApplyDecisionAsync(connection, transaction, before, stage, review, canReview, null).ConfigureAwait(false))
        {
            throw new StaleVersionException($"Fact {review.FactId} changed while it was being reviewed");
        }

        var after = await connection.QuerySingleAsync<FactRecord>(
            $"SELECT {FactColumns} FROM facts WHERE id = @FactId", new { review.FactId }, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return after;
    }

    public async Task<BulkDecisionResult> BulkDecideAsync(
        ReviewQueueFilter filter, string action, string user, bool canReview, string? reason, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (action != ReviewAction.Approve && action != ReviewAction.Reject)
        {
            throw new ArgumentException($"A bulk decision approves or rejects, not '{action}'", nameof(action));
        }

        var bulkId = Guid.NewGuid().ToString("N");
        var scoped = filter with { Limit = limit, Viewer = user };
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var targets = (await connection.QueryAsync<(long Id, int Version, string Stage)>(
            $"SELECT f.id, f.version, f.review_stage {ReviewQueueSql.From} {ReviewQueueSql.Where(scoped)} {ReviewQueueSql.Order} LIMIT @Limit",
            ReviewQueueSql.Parameters(scoped, Now), transaction).ConfigureAwait(false)).AsList();
        var changed = 0;
        var skipped = 0;
        foreach (var target in targets)
        {
            var before = await connection.QuerySingleAsync<FactRecord>(
                $"SELECT {FactColumns} FROM facts WHERE id = @Id", new { target.Id }, transaction).ConfigureAwait(false);
            var review = new FactReview(target.Id, target.Version, action, user, null, reason);
            var applied = before.Version == target.Version
                && (target.Stage != ReviewStage.Reviewer || canReview)
                && await ApplyDecisionAsync(connection, transaction, before, target.Stage, review, canReview, bulkId).ConfigureAwait(false);
            if (applied) changed++;
            else skipped++;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new BulkDecisionResult(bulkId, changed, skipped);
    }

    public async Task<UndoResult> UndoLastDecisionAsync(string user, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        const string NotUndone = $"action <> '{ReviewWorkflowAction.Undo}' AND NOT EXISTS (SELECT 1 FROM review_decisions u WHERE u.undoes_id = d.id)";
        var last = await connection.QuerySingleOrDefaultAsync<UndoTarget>(
            $"SELECT id, fact_id, bulk_id, before_json FROM review_decisions d WHERE username = @user AND {NotUndone} ORDER BY id DESC LIMIT 1",
            new { user }, transaction).ConfigureAwait(false);
        if (last is null)
        {
            return new UndoResult(0, 0, "Nothing to undo: you have no decision left to revert.");
        }

        var targets = last.BulkId is null
            ? [last]
            : (await connection.QueryAsync<UndoTarget>(
                $"SELECT id, fact_id, bulk_id, before_json FROM review_decisions d WHERE bulk_id = @BulkId AND username = @user AND {NotUndone} ORDER BY id",
                new { last.BulkId, user }, transaction).ConfigureAwait(false)).AsList();
        var undone = 0;
        string? refusal = null;
        foreach (var target in targets)
        {
            var other = await connection.QueryFirstOrDefaultAsync<LaterDecision>(
                "SELECT username, decided_at FROM review_decisions WHERE fact_id = @FactId AND id > @Id ORDER BY id LIMIT 1",
                new { target.FactId, target.Id }, transaction).ConfigureAwait(false);
            if (other is not null)
            {
                refusal ??= $"{other.Username} decided fact #{target.FactId} after you (at {other.DecidedAt.ToString("u", CultureInfo.InvariantCulture)})";
                continue;
            }

            await RevertAsync(connection, transaction, target, user).ConfigureAwait(false);
            undone++;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var refused = targets.Count - undone;
        var message = (targets.Count, refused) switch
        {
            (1, 0) => $"Undid your decision on fact #{last.FactId}.",
            (1, _) => $"Not undone: {refusal}; undo would overwrite their decision.",
            (_, 0) => $"Undid your bulk decision on {undone} facts.",
            _ => $"Undid your bulk decision on {undone} facts; {refused} were left alone because someone decided them since ({refusal}).",
        };
        return new UndoResult(undone, refused, message, last.FactId);
    }

    /// <summary>
    /// Updates the fact (if still at <paramref name="before"/>'s version) and appends its audit row; false when it changed meanwhile.
    /// </summary>
    private async Task<bool> ApplyDecisionAsync(
        DbConnection connection, DbTransaction transaction, FactRecord before, string stage, FactReview review, bool canReview, string? bulkId)
    {
        if (stage == ReviewStage.Reviewer && !canReview)
        {
            throw new ReviewStageException($"A reviewer has decided fact {review.FactId}; only a reviewer or admin can change it.");
        }

        var confirming = review.Action == ReviewWorkflowAction.Confirm;
        if (confirming && (stage != ReviewStage.Analyst || !canReview))
        {
            throw new ReviewStageException("Only a reviewer can confirm, and only a fact an analyst has decided.");
        }

        if (review.Action == ReviewAction.Correct && review.CorrectedValuesJson is null)
        {
            throw new ArgumentException("A correction needs the corrected values", nameof(review));
        }

        var status = confirming ? before.Status : ReviewAction.ResultingStatus(review.Action);
        var newStage = canReview && stage != ReviewStage.Suggested ? ReviewStage.Reviewer : ReviewStage.Analyst;
        var values = review.CorrectedValuesJson ?? before.ValuesJson;
        var now = Now;
        var changeSeq = await NextChangeSeqAsync(connection, transaction).ConfigureAwait(false);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE facts SET status = @status, values_json = @values, version = version + 1, change_seq = @changeSeq,
                review_stage = @newStage, analyst_status = CASE WHEN @newStage = 'analyst' THEN @status ELSE analyst_status END,
                decided_by = @User, decided_at = @now, lease_holder = NULL, lease_until = NULL, updated_at = @now
            WHERE id = @FactId AND version = @ExpectedVersion
            """,
            new { status, values, changeSeq, newStage, review.User, now, review.FactId, review.ExpectedVersion }, transaction).ConfigureAwait(false);
        if (updated == 0)
        {
            return false;
        }

        await ApplyDecisionToClusterAsync(connection, transaction, review.FactId, status, review.User, now, changeSeq).ConfigureAwait(false);
        await AppendDecisionAsync(
            connection, transaction,
            new { review.FactId, review.User, now, review.Action, review.Reason, before.PipelineVersion, stage = newStage, bulkId, undoesId = (long?)null },
            StageSnapshot(before.Status, stage, before.ValuesJson),
            StageSnapshot(status, newStage, values)).ConfigureAwait(false);
        return true;
    }

    private async Task RevertAsync(DbConnection connection, DbTransaction transaction, UndoTarget target, string user)
    {
        var current = await connection.QuerySingleAsync<FactRecord>(
            $"SELECT {FactColumns} FROM facts WHERE id = @FactId", new { target.FactId }, transaction).ConfigureAwait(false);
        var currentStage = await StageOfAsync(connection, transaction, target.FactId).ConfigureAwait(false);
        var restored = JsonNode.Parse(target.BeforeJson)!.AsObject();
        var status = restored["status"]!.GetValue<string>();
        var stage = restored["stage"]?.GetValue<string>() ?? (status == FactStatus.Pending ? ReviewStage.Suggested : ReviewStage.Analyst);
        var values = restored["values"]!.ToJsonString();
        var now = Now;
        var changeSeq = await NextChangeSeqAsync(connection, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            UPDATE facts SET status = @status, values_json = @values, version = version + 1, change_seq = @changeSeq,
                review_stage = @stage,
                analyst_status = CASE WHEN @stage = 'suggested' THEN NULL WHEN @stage = 'analyst' THEN @status ELSE analyst_status END,
                decided_by = CASE WHEN @stage = 'suggested' THEN NULL ELSE decided_by END,
                decided_at = CASE WHEN @stage = 'suggested' THEN NULL ELSE decided_at END,
                updated_at = @now
            WHERE id = @FactId
            """,
            new { status, values, changeSeq, stage, now, target.FactId }, transaction).ConfigureAwait(false);
        await ApplyDecisionToClusterAsync(connection, transaction, target.FactId, status, user, now, changeSeq).ConfigureAwait(false);
        await AppendDecisionAsync(
            connection, transaction,
            new
            {
                target.FactId,
                User = user,
                now,
                Action = ReviewWorkflowAction.Undo,
                Reason = (string?)null,
                current.PipelineVersion,
                stage,
                bulkId = target.BulkId,
                undoesId = (long?)target.Id,
            },
            StageSnapshot(current.Status, currentStage, current.ValuesJson),
            StageSnapshot(status, stage, values)).ConfigureAwait(false);
    }

    private static async Task AppendDecisionAsync(DbConnection connection, DbTransaction transaction, object row, string beforeJson, string afterJson)
    {
        var parameters = new DynamicParameters(row);
        parameters.Add("beforeJson", beforeJson);
        parameters.Add("afterJson", afterJson);
        await connection.ExecuteAsync(
            """
            INSERT INTO review_decisions (fact_id, username, decided_at, action, before_json, after_json, reason, pipeline_version, stage, bulk_id, undoes_id)
            VALUES (@FactId, @User, @now, @Action, @beforeJson, @afterJson, @Reason, @PipelineVersion, @stage, @bulkId, @undoesId)
            """,
            parameters, transaction).ConfigureAwait(false);
    }

    private static Task<string> StageOfAsync(DbConnection connection, DbTransaction transaction, long factId) =>
        connection.QuerySingleAsync<string>("SELECT review_stage FROM facts WHERE id = @factId", new { factId }, transaction);

    private static string StageSnapshot(string status, string stage, string valuesJson) =>
        new JsonObject { ["status"] = status, ["stage"] = stage, ["values"] = JsonNode.Parse(valuesJson) }.ToJsonString();

    private sealed class LaterDecision
    {
        public required string Username { get; init; }

        public DateTimeOffset DecidedAt { get; init; }
    }

    private sealed class UndoTarget
    {
        public long Id { get; init; }

        public long FactId { get; init; }

        public string? BulkId { get; init; }

        public required string BeforeJson { get; init; }
    }
}
