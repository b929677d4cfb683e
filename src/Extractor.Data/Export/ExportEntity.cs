namespace Extractor.Data.Export;

/// <summary>The name and place details of an entity, for formats that print names instead of ids (PLOVER, ACLED).</summary>
public sealed class ExportEntity
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public string? Country { get; init; }

    public string? Admin1 { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }
}
