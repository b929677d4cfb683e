namespace Extractor.Data.Review;

/// <summary>One labelled count of a dashboard table or chart.</summary>
public sealed class DashboardCount
{
    public required string Label { get; init; }

    public long Value { get; init; }
}
