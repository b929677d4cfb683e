namespace Extractor.Data.Review;

/// <summary>
/// Which facts the review queue shows; null members do not filter. <see cref="Viewer"/> is the analyst
/// looking: facts leased to anyone else are left out. <see cref="From"/> and <see cref="To"/> bound when the
/// fact was extracted; <see cref="EntityId"/> matches the fact's subject or any entity of its event.
/// </summary>
public sealed record ReviewQueueFilter(
    string? Status = "pending",
    string? Kind = null,
    long? SourceId = null,
    double? MinConfidence = null,
    double? MaxConfidence = null,
    int Limit = 100,
    string? Stage = null,
    string? EntityId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Viewer = null);
