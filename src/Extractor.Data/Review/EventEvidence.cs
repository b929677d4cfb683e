namespace Extractor.Data.Review;

/// <summary>The evidence sentence and trigger span of an event, in article offsets.</summary>
public sealed class EventEvidence
{
    public long ArticleId { get; init; }

    public int TriggerStart { get; init; }

    public int TriggerEnd { get; init; }

    public int EvidenceStart { get; init; }

    public int EvidenceEnd { get; init; }

    public required string EvidenceText { get; init; }
}
