namespace Extractor.Web.Review;

/// <summary>
/// A decision on a fact seen at <see cref="Version"/>: approve, reject (with <see cref="Reason"/>) or
/// correct (<see cref="Date"/>; optionally <see cref="Type"/>, and <see cref="Place"/>, <see cref="Actor"/>, <see cref="Target"/>:
/// registry entity ids, several actors or targets separated by commas).
/// </summary>
public sealed record DecisionRequest(
    string Action, int Version, string? Reason = null, string? Date = null, string? Type = null, string? Place = null,
    string? Actor = null, string? Target = null);
