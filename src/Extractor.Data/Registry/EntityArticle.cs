namespace Extractor.Data.Registry;

/// <summary>An article that mentions an entity, with how often.</summary>
public sealed class EntityArticle
{
    public long ArticleId { get; init; }

    public required string Url { get; init; }

    public string? Title { get; init; }

    public long Mentions { get; init; }
}
