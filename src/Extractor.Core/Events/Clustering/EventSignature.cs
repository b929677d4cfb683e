using Extractor.Core.Dates;

namespace Extractor.Core.Events.Clustering;

/// <summary>
/// What cross-article clustering compares of an event: its type and status, the canonical entity ids
/// of its participants, where (place id and the place's country and first-level region) and when
/// (the stated date, or the publication date when the text states none), and the counts it reports.
/// </summary>
public sealed record EventSignature(
    PloverType Type,
    EventStatus Status,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<string> TargetIds,
    string? PlaceId,
    string? Country,
    string? Admin1,
    PartialDate? Date,
    Quantities Quantities)
{
    /// <summary>The signature of an extracted event; <paramref name="place"/> is the event's place entity, if any.</summary>
    public static EventSignature Of(Event @event, Entities.PlaceInfo? place, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var date = @event.Date ?? (published is { } p ? new PartialDate(p, DatePrecision.Day) : null);
        return new EventSignature(
            @event.Type, @event.Status, @event.ActorIds, @event.TargetIds, @event.PlaceId, place?.Country, place?.Admin1, date, @event.Quantities);
    }
}
