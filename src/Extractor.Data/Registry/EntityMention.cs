namespace Extractor.Data.Registry;

/// <summary>One stored mention of an entity, in article body offsets.</summary>
public sealed class EntityMention
{
    public long Id { get; init; }

    public long ArticleId { get; init; }

    public int StartOffset { get; init; }

    public int EndOffset { get; init; }

    public required string Text { get; init; }
}
