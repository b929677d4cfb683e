namespace Extractor.Web.Review;

/// <summary>
/// A decision on a fact seen at <see cref="Version"/>: approve, reject (with <see cref="Reason"/>) or
/// correct (<see cref="Date"/>; optionally <see cref="Type"/> and <see cref="Place"/>, an entity id from the registry).
/// </summary>
public sealed record DecisionRequest(
    string Action, int Version, string? Reason = null, string? Date = null, string? Type = null, string? Place = null);
