using System.Globalization;
using Extractor.Core.Text;

namespace Extractor.Core.Ner;

/// <summary>
/// Builds the tagger's <see cref="NerPhraseLists"/> from the files in corpora/gazetteers: countries and
/// their aliases, demonyms, ISO regions, other places, cities above a population, leaders, groups,
/// English given names and organisation words. Phrases are split with the project's tokenizer so
/// they match the tokens the tagger sees.
/// </summary>
public static class NerPhraseListReader
{
    public static readonly IReadOnlyList<string> Kinds = ["country", "demonym", "region", "place", "city", "leader", "group", "firstname", "orgword"];

    public static NerPhraseLists Read(string directory, long minCityPopulation)
    {
        var phrases = new List<(string Phrase, string Kind)>();
        void Add(string kind, IEnumerable<string> names)
        {
            foreach (var name in names) phrases.Add((Tokens(name), kind));
        }

        foreach (var row in Rows(Path.Combine(directory, "countries.tsv")))
        {
            // id alpha2 alpha3 name aliases demonyms lat lon
            Add("country", [row[3], .. List(row[4])]);
            Add("demonym", List(row[5]));
        }

        foreach (var row in Rows(Path.Combine(directory, "country-aliases.tsv")))
        {
            // alpha2 aliases demonyms preferred-name
            Add("country", List(Field(row, 1)));
            Add("demonym", List(Field(row, 2)));
        }

        foreach (var row in Rows(Path.Combine(directory, "regions.tsv"))) Add("region", [row[2]]);
        foreach (var row in Rows(Path.Combine(directory, "places.tsv"))) Add("place", [row[1], .. List(Field(row, 2))]);
        foreach (var row in Rows(Path.Combine(directory, "cities.tsv")))
        {
            // id name aliases country admin1 population lat lon capital
            if (long.Parse(row[5], CultureInfo.InvariantCulture) >= minCityPopulation) Add("city", [row[1], .. List(row[2])]);
        }

        foreach (var row in Rows(Path.Combine(directory, "leaders.tsv"))) Add("leader", [row[1], .. List(Field(row, 2))]);
        foreach (var row in Rows(Path.Combine(directory, "groups.tsv"))) Add("group", [row[1], .. List(Field(row, 2))]);
        Add("firstname", Lines(Path.Combine(directory, "first-names.txt")));
        Add("orgword", Lines(Path.Combine(directory, "organisation-words.txt")));
        return new NerPhraseLists(Kinds, phrases.Where(pair => pair.Phrase.Length > 0));
    }

    private static string Tokens(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        return string.Join(' ', tokens.Select(token => name[token.Start..token.End]));
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Skip(1).Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t'));

    private static IEnumerable<string> Lines(string path) =>
        File.ReadLines(path).Select(line => line.Trim()).Where(line => line.Length > 0 && line[0] != '#');

    private static string Field(string[] row, int index) => index < row.Length ? row[index] : string.Empty;

    private static IEnumerable<string> List(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
