namespace Extractor.Data.Review;

/// <summary>A place entity with coordinates and its number of events, for the dashboard map.</summary>
public sealed class PlaceMarker
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public double Lat { get; init; }

    public double Lon { get; init; }

    public long Events { get; init; }
}
