namespace Extractor.Core.Ner;

/// <summary>
/// How each known corpus's entity types map onto PER/ORG/LOC/MISC (O drops the type), after
/// ../shared/corpora/ner/tagmap.json: GMB gpe (mostly demonyms) is MISC and tim is dropped.
/// </summary>
public static class CorpusTypeMaps
{
    public static readonly IReadOnlyDictionary<string, string> Conll = new Dictionary<string, string>
    {
        ["PER"] = "PER",
        ["ORG"] = "ORG",
        ["LOC"] = "LOC",
        ["MISC"] = "MISC",
    };

    public static readonly IReadOnlyDictionary<string, string> Gmb = new Dictionary<string, string>
    {
        ["per"] = "PER",
        ["org"] = "ORG",
        ["geo"] = "LOC",
        ["gpe"] = "MISC",
        ["nat"] = "MISC",
        ["eve"] = "MISC",
        ["art"] = "MISC",
        ["tim"] = "O",
    };

    public static readonly IReadOnlyDictionary<string, string> Re3d = new Dictionary<string, string>
    {
        ["Person"] = "PER",
        ["Organisation"] = "ORG",
        ["Location"] = "LOC",
        ["Nationality"] = "MISC",
    };

    /// <summary>Picks the map from the corpus name found in a file path (gmb, re3d; CoNLL names otherwise).</summary>
    public static IReadOnlyDictionary<string, string> ForPath(string path)
    {
        var normalized = path.Replace('\\', '/').ToLowerInvariant();
        if (normalized.Contains("gmb", StringComparison.Ordinal)) return Gmb;
        if (normalized.Contains("re3d", StringComparison.Ordinal)) return Re3d;
        return Conll;
    }
}
