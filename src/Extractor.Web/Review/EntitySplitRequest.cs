namespace Extractor.Web.Review;

/// <summary>Split the entity of the route: a new entity <see cref="Name"/> takes <see cref="Aliases"/> and their mentions.</summary>
public sealed record EntitySplitRequest(string Name, IReadOnlyCollection<string>? Aliases = null);
