namespace Extractor.Data.Registry;

/// <summary>A row of <c>entities</c>; <see cref="MentionCount"/> counts its stored mentions (left 0 where a query does not count them, as the exporters' name lookup).</summary>
public sealed class EntityRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public string? Country { get; init; }

    public string? Admin1 { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string? ExternalId { get; init; }

    public string? WikidataId { get; init; }

    public string? MergedInto { get; init; }

    public long MentionCount { get; init; }
}
