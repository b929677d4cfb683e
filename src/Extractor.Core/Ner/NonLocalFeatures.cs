namespace Extractor.Core.Ner;

/// <summary>
/// Second-stage features from a first tagging pass over nearby sentences (prediction aggregation after
/// Ratinov and Roth 2009): for a capitalised word, the share of its other occurrences within
/// ±window sentences that the first pass gave each type ("pa=ORG|most"), and the type and place of
/// the longest multi-word entity elsewhere in the window that holds the word ("Smith" after
/// "John Smith" → "ph=PER|last"). The same word tagged one way in most of a text is usually that type
/// everywhere, which a single sentence cannot tell.
/// </summary>
public static class NonLocalFeatures
{
    private const string Outside = "O";

    /// <summary>The entity types, then O: the index of a first-pass label in the counts.</summary>
    private static readonly string[] Types = [.. NerTags.Types, Outside];

    private static readonly string[] Buckets = ["some", "most", "all"];

    private static readonly string[] ShareFeatures = [.. Types.SelectMany(type => Buckets.Select(bucket => $"pa={type}|{bucket}"))];

    private static readonly string[] CountFeatures = ["pa#=1", "pa#=2", "pa#=3+"];

    private static readonly string[] Places = ["first", "inside", "last"];

    private static readonly string[] PhraseFeatures = [.. NerTags.Types.SelectMany(type => Places.Select(place => $"ph={type}|{place}"))];

    /// <summary>
    /// The non-local features of every token of <paramref name="sentences"/> (in text order), given the
    /// first pass's tags of the same sentences.
    /// </summary>
    public static string[][][] Compute(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<string>> firstPassTags, int window)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(firstPassTags);
        var occurrences = new Dictionary<string, List<(int Sentence, int Token, int Type)>>(StringComparer.Ordinal);
        var phraseWords = new Dictionary<string, List<PhraseWord>>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            for (var t = 0; t < words.Count; t++)
            {
                if (!IsCapitalised(words[t])) continue;
                GetList(occurrences, words[t]).Add((s, t, TypeIndex(firstPassTags[s][t])));
            }

            foreach (var span in EntitySpan.FromTags(firstPassTags[s]))
            {
                if (span.End - span.Start < 2) continue;
                for (var t = span.Start; t < span.End; t++)
                {
                    if (IsCapitalised(words[t])) GetList(phraseWords, words[t]).Add(new PhraseWord(s, span, t));
                }
            }
        }

        var result = new string[sentences.Count][][];
        var features = new List<string>(8);
        Span<int> counts = stackalloc int[Types.Length];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            result[s] = new string[words.Count][];
            for (var t = 0; t < words.Count; t++)
            {
                features.Clear();
                if (IsCapitalised(words[t]))
                {
                    AddShares(features, occurrences[words[t]], s, t, window, counts);
                    if (phraseWords.TryGetValue(words[t], out var phrases)) AddPhrase(features, phrases, s, t, window);
                }

                result[s][t] = features.Count == 0 ? [] : [.. features];
            }
        }

        return result;
    }

    private static void AddShares(List<string> features, List<(int Sentence, int Token, int Type)> list, int sentence, int token, int window, Span<int> counts)
    {
        counts.Clear();
        var total = 0;
        for (var i = FirstInWindow(list, sentence - window, item => item.Sentence); i < list.Count && list[i].Sentence <= sentence + window; i++)
        {
            if (list[i].Sentence == sentence && list[i].Token == token) continue;
            counts[list[i].Type]++;
            total++;
        }

        if (total == 0) return;
        features.Add(CountFeatures[Math.Min(total, 3) - 1]);
        for (var type = 0; type < counts.Length; type++)
        {
            if (counts[type] == 0) continue;
            var bucket = counts[type] == total ? 2 : counts[type] * 2 >= total ? 1 : 0;
            features.Add(ShareFeatures[(type * Buckets.Length) + bucket]);
        }
    }

    private static void AddPhrase(List<string> features, List<PhraseWord> list, int sentence, int token, int window)
    {
        PhraseWord? longest = null;
        for (var i = FirstInWindow(list, sentence - window, item => item.Sentence); i < list.Count && list[i].Sentence <= sentence + window; i++)
        {
            var candidate = list[i];
            if (candidate.Sentence == sentence && candidate.Span.Start <= token && token < candidate.Span.End) continue;
            if (longest is null || candidate.Length > longest.Value.Length) longest = candidate;
        }

        if (longest is not { } phrase) return;
        var place = phrase.Token == phrase.Span.Start ? 0 : phrase.Token == phrase.Span.End - 1 ? 2 : 1;
        features.Add(PhraseFeatures[(Array.IndexOf(Types, phrase.Span.Type) * Places.Length) + place]);
    }

    /// <summary>Index of the first item whose sentence is at least <paramref name="sentence"/> (lists are in text order).</summary>
    private static int FirstInWindow<T>(List<T> list, int sentence, Func<T, int> sentenceOf)
    {
        var (low, high) = (0, list.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sentenceOf(list[middle]) < sentence) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    private static int TypeIndex(string tag) => Array.IndexOf(Types, NerTags.TypeOf(tag) ?? Outside);

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static List<T> GetList<T>(Dictionary<string, List<T>> index, string word)
    {
        if (!index.TryGetValue(word, out var list))
        {
            list = [];
            index.Add(word, list);
        }

        return list;
    }

    /// <summary>A capitalised word inside a multi-word first-pass entity.</summary>
    private readonly record struct PhraseWord(int Sentence, EntitySpan Span, int Token)
    {
        public int Length => Span.End - Span.Start;
    }
}
