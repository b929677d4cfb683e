namespace Extractor.Data.Registry;

/// <summary>Everything the registry knows about one entity.</summary>
public sealed record EntityDetail(
    EntityRecord Entity,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<EntityArticle> Articles,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<EntityHistoryRecord> History);
