namespace Extractor.Data.Review;

/// <summary>A registry entity offered when a reviewer corrects an entity slot.</summary>
public sealed class EntityChoice
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }
}
