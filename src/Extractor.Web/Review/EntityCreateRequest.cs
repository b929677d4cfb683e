namespace Extractor.Web.Review;

/// <summary>A new registry entity: name, type (leader, person, group, place) and optional ISO 3166 country.</summary>
public sealed record EntityCreateRequest(string Name, string Type, string? Country = null);
