namespace Extractor.Core.Entities;

/// <summary>
/// One real-world thing named in an article: its canonical name, every mention that refers to it,
/// and, for places, where it is. <see cref="Id"/> is stable across articles for gazetteer entries
/// (their gazetteer id) and derived from type and canonical name otherwise.
/// </summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Mention> Mentions,
    double Confidence,
    PlaceInfo? Place = null)
{
    /// <summary>Named only by phrases such as "armed men": an event argument, local to its article.</summary>
    public bool IsNominal => Mentions.Count > 0 && Mentions.All(mention => mention.Source == MentionSource.Nominal);
}
