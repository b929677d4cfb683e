namespace Extractor.Core.Entities;

/// <summary>Where a place is: ISO 3166-1 alpha-2 country, ISO 3166-2 first-level region, coordinates.</summary>
public sealed record PlaceInfo(string? Country, string? Admin1, double? Latitude, double? Longitude);
