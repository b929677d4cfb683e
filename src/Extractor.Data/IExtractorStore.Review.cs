using Extractor.Data.Model;
using Extractor.Data.Review;

namespace Extractor.Data;

/// <summary>The review workflow: leases, two-stage decisions, bulk decisions and undo.</summary>
public partial interface IExtractorStore
{
    /// <summary>
    /// Leases the fact to <paramref name="user"/> unless someone else holds an unexpired lease; returns the
    /// lease in force afterwards (the caller's, or the other holder's).
    /// </summary>
    Task<FactLease> LeaseFactAsync(long factId, string user, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a decision at the right stage: an analyst's decision (or a reviewer's on an undecided fact) is the
    /// analyst stage; a reviewer's (<paramref name="canReview"/>) on an analyst-decided fact confirms or overturns it.
    /// Releases the lease. Throws <see cref="StaleVersionException"/> on a version mismatch and
    /// <see cref="ReviewStageException"/> when the decision does not fit the stage.
    /// </summary>
    Task<FactRecord> DecideFactAsync(FactReview review, bool canReview, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approves or rejects up to <paramref name="limit"/> facts matching <paramref name="filter"/> as one bulk
    /// (one bulk id in their audit rows); facts that change meanwhile are skipped.
    /// </summary>
    Task<BulkDecisionResult> BulkDecideAsync(
        ReviewQueueFilter filter, string action, string user, bool canReview, string? reason, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reverts <paramref name="user"/>'s last decision, or all of their last bulk, except facts someone decided
    /// since; each revert is a new "undo" audit row and a new fact version.
    /// </summary>
    Task<UndoResult> UndoLastDecisionAsync(string user, CancellationToken cancellationToken = default);
}
