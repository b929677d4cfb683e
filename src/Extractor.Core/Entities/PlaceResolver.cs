using Extractor.Core.Gazetteers;

namespace Extractor.Core.Entities;

/// <summary>
/// Picks the place an ambiguous name means: a country if the name is one, else a candidate in a
/// country the article already mentions, else the larger kind and the most populous.
/// </summary>
public static class PlaceResolver
{
    public static GazetteerEntry Resolve(IReadOnlyList<GazetteerEntry> candidates, IReadOnlySet<string> articleCountries)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(articleCountries);
        return candidates
            .OrderByDescending(entry => entry.Kind == GazetteerKind.Country && articleCountries.Contains(entry.Country!))
            .ThenByDescending(entry => entry.Country is not null && articleCountries.Contains(entry.Country))
            .ThenByDescending(entry => entry.Kind == GazetteerKind.Country)
            .ThenByDescending(entry => entry.Population)
            .ThenBy(entry => entry.Kind)
            .First();
    }

    public static PlaceInfo Describe(GazetteerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var country = entry.Country is { Length: 2 } code ? code : null;
        return new PlaceInfo(country, entry.Admin1, entry.Latitude, entry.Longitude);
    }
}
