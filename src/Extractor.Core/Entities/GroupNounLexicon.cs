namespace Extractor.Core.Entities;

/// <summary>
/// The words of phrases that name people or sites by what they are ("Gunmen", "Nigerian troops", "a police convoy",
/// "a hospital"): head nouns with the entity type they name, and the modifiers that may stand before a head.
/// and the means a state acts with ("Russian shelling"). Read from corpora/gazetteers/group-nouns.txt
/// (word, kind: group, person, site, modifier or means).
/// </summary>
public sealed class GroupNounLexicon
{
    public const string FileName = "group-nouns.txt";

    private const string Header = "word\tkind";

    private readonly Dictionary<string, EntityType> heads;
    private readonly HashSet<string> modifiers;
    private readonly HashSet<string> means;

    public GroupNounLexicon(IReadOnlyDictionary<string, EntityType> heads, IEnumerable<string> modifiers, IEnumerable<string> means)
    {
        ArgumentNullException.ThrowIfNull(heads);
        this.heads = new Dictionary<string, EntityType>(heads, StringComparer.Ordinal);
        this.modifiers = new HashSet<string>(modifiers, StringComparer.Ordinal);
        this.means = new HashSet<string>(means, StringComparer.Ordinal);
    }

    public static GroupNounLexicon Load(string gazetteerDirectory)
    {
        var heads = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var modifiers = new List<string>();
        var means = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(gazetteerDirectory, FileName)))
        {
            if (line.Length == 0 || line[0] == '#' || line == Header) continue;
            var fields = line.Split('\t');
            if (fields.Length != 2) throw new FormatException($"{FileName}: expected 'word<TAB>kind', got '{line}'");
            switch (fields[1])
            {
                case "group": heads[fields[0]] = EntityType.Group; break;
                case "person": heads[fields[0]] = EntityType.Person; break;
                case "site": heads[fields[0]] = EntityType.Place; break;
                case "modifier": modifiers.Add(fields[0]); break;
                case "means": means.Add(fields[0]); break;
                default: throw new FormatException($"{FileName}: unknown kind '{fields[1]}'");
            }
        }

        return new GroupNounLexicon(heads, modifiers, means);
    }

    /// <summary>The type a head noun names, or null when <paramref name="lower"/> is no head.</summary>
    public EntityType? HeadType(string lower) => heads.TryGetValue(lower, out var type) ? type : null;

    public bool IsModifier(string lower) => modifiers.Contains(lower);

    /// <summary>Is <paramref name="lower"/> something a state strikes or acts with ("shelling", "missiles", "sanctions")?</summary>
    public bool IsMeans(string lower) => means.Contains(lower);
}
