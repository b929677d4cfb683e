using Extractor.Core.Text;

namespace Extractor.Core.Gazetteers;

/// <summary>
/// Every known name, indexed by folded token sequence. Built once per process from the files in
/// corpora/gazetteers and read-only afterwards, so one instance is shared by every thread.
/// </summary>
public sealed class Gazetteer
{
    public const string DefaultFolder = "corpora/gazetteers";

    private readonly Dictionary<string, GazetteerEntry> byId;
    private readonly TokenTrie trie = new();
    private readonly IReadOnlySet<string> commonWords;

    public Gazetteer(IEnumerable<GazetteerEntry> entries, IReadOnlySet<string> commonWords)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.commonWords = commonWords;
        byId = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            byId[entry.Id] = entry;
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var tokens = TokensOf(name);
                if (tokens.Length > 0) trie.Add(Fold(tokens), new GazetteerAlias(entry, tokens));
            }
        }
    }

    public int Count => byId.Count;

    public int NameCount => trie.Count;

    public static Gazetteer Load(string directory) =>
        new(GazetteerFileReader.ReadEntries(directory), GazetteerFileReader.ReadCommonWords(directory));

    /// <summary>Loads the lists copied next to the program at build time.</summary>
    public static Gazetteer LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, DefaultFolder));

    public GazetteerEntry? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Every entry one of whose names is spelled like <paramref name="name"/> (case and accents ignored).</summary>
    public IReadOnlyList<GazetteerEntry> Lookup(string name) =>
        [.. trie.Find(Fold(TokensOf(name))).Select(alias => alias.Entry).DistinctBy(entry => entry.Id)];

    /// <summary>
    /// Longest matches left to right within each sentence, keeping only the names whose case rules
    /// the text satisfies. A one-word place next to another capitalised word is taken as part of a
    /// longer, unknown name ("Central Bank", "Golfo" in "Clan del Golfo") and dropped.
    /// </summary>
    public IReadOnlyList<GazetteerMatch> FindMatches(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var folded = new string[document.Tokens.Count];
        for (var i = 0; i < folded.Length; i++) folded[i] = NameFolding.Fold(document.TokenSpan(i));

        var matches = new List<GazetteerMatch>();
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var (end, aliases) = trie.LongestMatch(k => folded[k], i, sentence.EndToken,
                    (start, stop, values) => Accepted(document, sentence, start, stop, values));
                if (end > i)
                {
                    matches.Add(new GazetteerMatch(i, end, aliases));
                    i = end;
                }
                else
                {
                    i++;
                }
            }
        }

        return matches;
    }

    private List<GazetteerAlias> Accepted(Document document, Sentence sentence, int start, int end, IReadOnlyList<GazetteerAlias> values)
    {
        var text = new string[end - start];
        for (var k = start; k < end; k++) text[k - start] = document.TokenText(k);
        var accepted = new List<GazetteerAlias>(values.Count);
        foreach (var alias in values)
        {
            if (!CaseRules.Accepts(alias, text, commonWords)) continue;
            if (end - start == 1 && alias.Entry.IsPlace && alias.Entry.Kind != GazetteerKind.Country
                && !CaseRules.IsAcronym(text[0]) && TouchesCapitalisedWord(document, sentence, start, end))
            {
                continue;
            }

            accepted.Add(alias);
        }

        return accepted;
    }

    private static bool TouchesCapitalisedWord(Document document, Sentence sentence, int start, int end)
    {
        var before = start > sentence.FirstToken + 1 && IsCapitalisedWord(document.TokenSpan(start - 1));
        var after = end < sentence.EndToken && IsCapitalisedWord(document.TokenSpan(end));
        return before || after;
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<char> token) => token.Length > 1 && char.IsUpper(token[0]) && char.IsLetter(token[1]);

    private static string[] TokensOf(string name)
    {
        // Most names are plain words, which the tokenizer would split at the spaces anyway.
        if (IsPlainWords(name)) return name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = Tokenizer.Tokenize(name);
        var result = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) result[i] = name[tokens[i].Start..tokens[i].End];
        return result;
    }

    private static bool IsPlainWords(string name)
    {
        foreach (var c in name)
        {
            if (c != ' ' && !char.IsLetter(c)) return false;
        }

        return true;
    }

    private static string[] Fold(string[] tokens) => Array.ConvertAll(tokens, token => NameFolding.Fold(token));
}
