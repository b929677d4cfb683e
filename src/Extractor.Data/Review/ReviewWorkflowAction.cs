namespace Extractor.Data.Review;

/// <summary>Audit actions of the review workflow beyond approve / reject / correct.</summary>
public static class ReviewWorkflowAction
{
    /// <summary>A reviewer keeps the analyst's decision.</summary>
    public const string Confirm = "confirm";

    /// <summary>Reverts an earlier decision (<c>review_decisions.undoes_id</c>).</summary>
    public const string Undo = "undo";
}
