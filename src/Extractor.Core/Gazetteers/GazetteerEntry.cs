using Extractor.Core.Entities;

namespace Extractor.Core.Gazetteers;

/// <summary>
/// One known thing: a country, region, city, landmark, leader, group or a country's government.
/// <see cref="Country"/> is an ISO 3166-1 alpha-2 code for places and national actors, or the
/// organisation a leader heads ("ELN", "United Nations") when that is what the list records.
/// </summary>
public sealed record GazetteerEntry(
    string Id,
    string Name,
    EntityType Type,
    GazetteerKind Kind,
    IReadOnlyList<string> Aliases,
    string? Country = null,
    string? Admin1 = null,
    double? Latitude = null,
    double? Longitude = null,
    long Population = 0,
    string? Role = null,
    string? WikidataId = null)
{
    public bool IsPlace => Type == EntityType.Place;
}
