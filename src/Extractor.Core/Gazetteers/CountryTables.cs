namespace Extractor.Core.Gazetteers;

/// <summary>
/// The ISO 3166 countries and their governments alone, with their names, aliases and demonym phrases
/// ("Venezuelan border", "Colombian government"): a normalisation table that turns a span the tagger
/// found into the country or government it names. It proposes no mentions itself.
/// </summary>
public static class CountryTables
{
    public static Gazetteer Load(string directory) =>
        new(GazetteerFileReader.ReadEntries(directory).Where(entry => entry.Kind is GazetteerKind.Country or GazetteerKind.Government), new HashSet<string>());
}
