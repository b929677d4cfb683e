namespace Extractor.Core.Events.Learning;

/// <summary>
/// One annotated event of a corpus sentence. Trigger, actors, targets and place are substrings of the
/// sentence (first occurrence meant); <see cref="Date"/> is an ISO prefix (yyyy, yyyy-mm or yyyy-mm-dd);
/// <see cref="Status"/> is null where the source does not annotate it (the PLOVER gold standard).
/// </summary>
public sealed record GoldEvent(
    PloverType Type,
    string? Mode,
    string Trigger,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Targets,
    string? Place,
    string? Date,
    EventStatus? Status);
