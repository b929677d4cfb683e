namespace Extractor.Data.Review;

/// <summary>How far a fact got in the two-stage review (<c>facts.review_stage</c>).</summary>
public static class ReviewStage
{
    public const string Suggested = "suggested";
    public const string Analyst = "analyst";
    public const string Reviewer = "reviewer";
}
