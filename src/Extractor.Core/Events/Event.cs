using Extractor.Core.Dates;

namespace Extractor.Core.Events;

/// <summary>
/// One event mention: who (<see cref="ActorIds"/>) did what (<see cref="Type"/>, <see cref="Mode"/>)
/// to whom (<see cref="TargetIds"/>), where, when and how many. Arguments are entity ids of the same
/// article; compound actors are lists.
/// </summary>
public sealed record Event(
    string Id,
    PloverType Type,
    string? Mode,
    string Trigger,
    int TriggerStart,
    int TriggerEnd,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<string> TargetIds,
    string? PlaceId,
    PartialDate? Date,
    EventStatus Status,
    Quantities Quantities,
    Evidence Evidence,
    double Confidence);
