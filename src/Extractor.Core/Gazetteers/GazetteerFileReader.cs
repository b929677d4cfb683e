using System.Globalization;
using Extractor.Core.Entities;

namespace Extractor.Core.Gazetteers;

/// <summary>
/// Reads the tab-separated lists in corpora/gazetteers (a header line, "|" between aliases) into entries,
/// and adds for each country the government entry ("Government of Colombia", "the Colombian government").
/// </summary>
public static class GazetteerFileReader
{
    /// <summary>
    /// "The Colombian government", "Venezuela's authorities", and the state's forces ("the Colombian army"):
    /// the state acting, which an analyst records as the country's government unless a list names the force.
    /// </summary>
    private static readonly string[] GovernmentWords =
        ["government", "administration", "authorities", "military", "army", "armed forces", "security forces", "troops"];

    /// <summary>"The Venezuelan border", "on Colombian soil": a demonym before these words names the country as a place.</summary>
    private static readonly string[] TerritoryWords = ["border", "frontier", "territory", "soil", "airspace", "waters", "coast"];

    public static List<GazetteerEntry> ReadEntries(string directory)
    {
        var entries = new List<GazetteerEntry>(40_000);
        foreach (var row in Rows(Path.Combine(directory, "countries.tsv"), 8))
        {
            // id alpha2 alpha3 name aliases demonyms lat lon
            var demonyms = List(row[5]);
            var aliases = List(row[4]).Concat(demonyms.SelectMany(demonym => TerritoryWords.Select(word => $"{demonym} {word}")));
            var country = new GazetteerEntry(row[0], row[3], EntityType.Place, GazetteerKind.Country, [.. aliases],
                Country: row[1], Latitude: Number(row[6]), Longitude: Number(row[7]));
            entries.Add(country);
            entries.Add(Government(country, demonyms));
        }

        foreach (var row in Rows(Path.Combine(directory, "regions.tsv"), 6))
        {
            // id country name type lat lon
            entries.Add(new GazetteerEntry(row[0], row[2], EntityType.Place, GazetteerKind.Region, [],
                Country: row[1], Admin1: row[0]["iso2:".Length..], Latitude: Number(row[4]), Longitude: Number(row[5])));
        }

        foreach (var row in Rows(Path.Combine(directory, "places.tsv"), 8))
        {
            // id name aliases kind country admin1 lat lon
            entries.Add(new GazetteerEntry(row[0], row[1], EntityType.Place, GazetteerKind.Landmark, List(row[2]),
                Country: Text(row[4]), Admin1: Text(row[5]), Latitude: Number(row[6]), Longitude: Number(row[7])));
        }

        foreach (var row in Rows(Path.Combine(directory, "cities.tsv"), 9))
        {
            // id name aliases country admin1 population lat lon capital
            entries.Add(new GazetteerEntry(row[0], row[1], EntityType.Place, GazetteerKind.City, List(row[2]),
                Country: row[3], Admin1: Text(row[4]), Latitude: Number(row[6]), Longitude: Number(row[7]),
                Population: long.Parse(row[5], CultureInfo.InvariantCulture)));
        }

        foreach (var row in Rows(Path.Combine(directory, "leaders.tsv"), 6))
        {
            // id name aliases role country qid
            entries.Add(new GazetteerEntry(row[0], row[1], EntityType.Leader, GazetteerKind.Leader, List(row[2]),
                Country: Text(row[4]), Role: Text(row[3]), WikidataId: Text(row[5])));
        }

        foreach (var row in Rows(Path.Combine(directory, "groups.tsv"), 5))
        {
            // id name aliases kind country
            entries.Add(new GazetteerEntry(row[0], row[1], EntityType.Group, GazetteerKind.Group, List(row[2]),
                Country: Text(row[4]), Role: Text(row[3])));
        }

        return entries;
    }

    public static HashSet<string> ReadCommonWords(string directory)
    {
        var path = Path.Combine(directory, "common-words.txt");
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return words;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0) words.Add(line.Trim());
        }

        return words;
    }

    private static GazetteerEntry Government(GazetteerEntry country, IReadOnlyList<string> demonyms)
    {
        var aliases = new List<string> { $"government of {country.Name}" };
        foreach (var name in demonyms.Prepend(country.Name))
        {
            foreach (var word in GovernmentWords)
            {
                aliases.Add($"{name} {word}");
                if (name == country.Name) aliases.Add($"{name}'s {word}");
            }
        }

        var code = country.Country!;
        return new GazetteerEntry($"gov:{code}", $"Government of {country.Name}", EntityType.Group, GazetteerKind.Government,
            aliases, Country: code, Latitude: country.Latitude, Longitude: country.Longitude);
    }

    private static IEnumerable<string[]> Rows(string path, int columns)
    {
        var first = true;
        foreach (var line in File.ReadLines(path))
        {
            if (first)
            {
                first = false;
                continue;
            }

            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length < columns) Array.Resize(ref fields, columns);
            for (var i = 0; i < columns; i++) fields[i] ??= string.Empty;
            yield return fields;
        }
    }

    private static IReadOnlyList<string> List(string field) =>
        field.Length == 0 ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Text(string field) => field.Length == 0 ? null : field;

    private static double? Number(string field) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
