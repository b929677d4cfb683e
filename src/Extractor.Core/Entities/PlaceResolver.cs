using Extractor.Core.Gazetteers;

namespace Extractor.Core.Entities;

/// <summary>
/// Picks the place an ambiguous name means. Each candidate weighs its population (a nominal one for
/// countries, regions and landmarks, whose lists carry none), and a candidate in a country the
/// article already names weighs twenty times more: "Georgia" beside "Atlanta" is the US state, but
/// "Paris" in an article that also names the United States is still the French capital.
/// </summary>
public static class PlaceResolver
{
    private const double ContextWeight = 20;

    // How much heavier than every rival in another country a reading must be to tell the article's country.
    private const double DominanceRatio = 10;

    public static GazetteerEntry Resolve(IReadOnlyList<GazetteerEntry> candidates, IReadOnlySet<string> articleCountries)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(articleCountries);
        return candidates
            .OrderByDescending(entry => Weight(entry, articleCountries))
            .ThenBy(entry => entry.Kind)
            .First();
    }

    /// <summary>
    /// The country an ambiguous name tells about the article: that of a country it names, or of a place that
    /// outweighs every rival reading in another country tenfold ("Sacramento", "Madrid", "Bogotá" are read
    /// the usual way and set the scene); null when the name is itself in doubt ("Córdoba", "Santa Rosa").
    /// </summary>
    public static string? ContextCountry(IReadOnlyList<GazetteerEntry> candidates, IReadOnlySet<string> articleCountries)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(articleCountries);
        var best = Resolve(candidates, articleCountries);
        if (best.Country is not { Length: 2 } code) return null;
        if (best.Kind == GazetteerKind.Country) return code;
        var rival = candidates.Where(entry => entry.Country != code).Select(entry => Weight(entry, articleCountries)).DefaultIfEmpty(0).Max();
        return Weight(best, articleCountries) >= DominanceRatio * rival ? code : null;
    }

    public static PlaceInfo Describe(GazetteerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var country = entry.Country is { Length: 2 } code ? code : null;
        return new PlaceInfo(country, entry.Admin1, entry.Latitude, entry.Longitude);
    }

    private static double Weight(GazetteerEntry entry, IReadOnlySet<string> articleCountries)
    {
        double size = entry.Kind switch
        {
            GazetteerKind.Country => 5_000_000,
            GazetteerKind.Landmark => 1_000_000,
            GazetteerKind.Region => 500_000,
            _ => Math.Max(entry.Population, 1),
        };
        var inContext = entry.Country is not null && articleCountries.Contains(entry.Country);
        return inContext ? size * ContextWeight : size;
    }
}
