namespace Extractor.Data.Review;

/// <summary>Where an entity is mentioned in an article, for highlighting.</summary>
public sealed class MentionSpan
{
    public required string EntityId { get; init; }

    public int StartOffset { get; init; }

    public int EndOffset { get; init; }

    public required string Type { get; init; }
}
