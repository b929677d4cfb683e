namespace Extractor.Data.Review;

/// <summary>Which facts the review queue shows; null members do not filter.</summary>
public sealed record ReviewQueueFilter(
    string? Status = "pending",
    string? Kind = null,
    long? SourceId = null,
    double? MinConfidence = null,
    double? MaxConfidence = null,
    int Limit = 100);
