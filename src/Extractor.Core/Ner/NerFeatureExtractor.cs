using System.Text;

namespace Extractor.Core.Ner;

/// <summary>
/// Turns a tokenized sentence into sparse binary feature names per token: the word and its
/// lowercase form, shape, affixes, a ±2 context window, sentence position, capitalization of the
/// sentence, runs of capitalised words, derived gazetteer types and name-list matches
/// (<see cref="NerPhraseLists"/>). Features that depend on the previous tag are separate so
/// that decoding can add them per candidate previous tag.
/// </summary>
public sealed class NerFeatureExtractor
{
    private const int MaxAffix = 4;

    private static readonly string[] PrefixNames = ["p1=", "p2=", "p3=", "p4="];
    private static readonly string[] SuffixNames = ["s1=", "s2=", "s3=", "s4="];

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "of", "the", "de", "del", "la", "and", "for", "von", "van", "da", "do", "dos", "y" };

    /// <summary>"cr=" + first/inside/end of the run + the run's length (1–4): index length × 3 + position.</summary>
    private static readonly string[] RunFeatures =
        [.. Enumerable.Range(0, 5).SelectMany(length => new[] { "B", "I", "E" }.Select(position => $"cr={position}{length}"))];

    private readonly NerLexicon lexicon;
    private readonly NerPhraseLists lists;

    public NerFeatureExtractor(NerLexicon lexicon, NerPhraseLists lists)
    {
        this.lexicon = lexicon;
        this.lists = lists;
    }

    /// <summary>
    /// The observation features of each token; without <paramref name="useLists"/> the name-list
    /// features are left out (the tagger is trained to work both ways, so lists can be turned off).
    /// </summary>
    public string[][] Observations(IReadOnlyList<string> words, bool useLists = true)
    {
        ArgumentNullException.ThrowIfNull(words);
        var count = words.Count;
        int[]? listBegins = null;
        int[]? listInsides = null;
        if (useLists && lists.Kinds.Count > 0) (listBegins, listInsides) = lists.Match(words);

        var lower = new string[count];
        var shapes = new string[count];
        var shortShapes = new string[count];
        var headline = true;
        for (var i = 0; i < count; i++)
        {
            lower[i] = words[i].ToLowerInvariant();
            shapes[i] = Shape(words[i], collapse: false);
            shortShapes[i] = Shape(words[i], collapse: true);
            if (words[i].Any(char.IsLower)) headline = false;
        }

        var capitalRuns = CapitalRuns(words);
        var result = new string[count][];
        var features = new List<string>(48);
        for (var i = 0; i < count; i++)
        {
            features.Clear();
            var word = words[i];
            features.Add("w=" + word);
            features.Add("lw=" + lower[i]);
            features.Add("sh=" + shapes[i]);
            features.Add("ssh=" + shortShapes[i]);
            for (var k = 1; k <= MaxAffix && k < lower[i].Length; k++)
            {
                features.Add(string.Concat(PrefixNames[k - 1], lower[i].AsSpan(0, k)));
                features.Add(string.Concat(SuffixNames[k - 1], lower[i].AsSpan(lower[i].Length - k)));
            }

            features.Add("w-1=" + At(lower, i - 1));
            features.Add("w+1=" + At(lower, i + 1));
            features.Add("w-2=" + At(lower, i - 2));
            features.Add("w+2=" + At(lower, i + 2));
            features.Add("w-1|w=" + At(lower, i - 1) + "|" + lower[i]);
            features.Add("w|w+1=" + lower[i] + "|" + At(lower, i + 1));
            features.Add("sh-1=" + At(shortShapes, i - 1));
            features.Add("sh+1=" + At(shortShapes, i + 1));
            features.Add("sh-1|sh|sh+1=" + At(shortShapes, i - 1) + "|" + shortShapes[i] + "|" + At(shortShapes, i + 1));
            if (capitalRuns[i] is { } run) features.Add(run);
            if (i == 0) features.Add("first|ssh=" + shortShapes[i]);
            if (headline) features.Add("headline|lw=" + lower[i]);
            AddLexicon(features, "gz=", word);
            if (i > 0) AddLexicon(features, "gz-1=", words[i - 1]);
            if (i + 1 < count) AddLexicon(features, "gz+1=", words[i + 1]);
            if (listBegins is not null && listInsides is not null) lists.AddFeatures(features, i, listBegins, listInsides);
            result[i] = [.. features];
        }

        return result;
    }

    /// <summary>
    /// For each capitalised token, its place in the run of capitalised words around it (joined over
    /// lower-case name particles such as "of" and "del") and the run's length, capped at four: long
    /// title-case runs are names whatever the words, which carries over to text unlike the training news.
    /// </summary>
    private static string?[] CapitalRuns(IReadOnlyList<string> words)
    {
        var result = new string?[words.Count];
        var i = 0;
        while (i < words.Count)
        {
            if (!IsCapitalised(words[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < words.Count && (IsCapitalised(words[end]) || (NameParticles.Contains(words[end]) && end + 1 < words.Count && IsCapitalised(words[end + 1]))))
            {
                end++;
            }

            var length = Math.Min(end - i, 4);
            for (var t = i; t < end; t++)
            {
                var position = t == i ? 0 : t == end - 1 ? 2 : 1;
                result[t] = RunFeatures[(length * 3) + position];
            }

            i = end;
        }

        return result;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>The short (collapsed) shape of each word, which the previous-tag features pair with.</summary>
    public static string[] ShortShapes(IReadOnlyList<string> words) => [.. words.Select(word => Shape(word, collapse: true))];

    /// <summary>Features that fire only in combination with the previous tag (null at sentence start).</summary>
    public static string[] Transitions(string? previousTag, string shortShape)
    {
        var previous = previousTag ?? "<S>";
        return ["pt=" + previous, "pt|ssh=" + previous + "|" + shortShape];
    }

    /// <summary>
    /// Word shape: upper-case letters as X, lower-case as x, digits as d, other characters kept;
    /// the collapsed form keeps one character per run ("McDonald's" → "XxXx'x").
    /// </summary>
    public static string Shape(string word, bool collapse)
    {
        var builder = new StringBuilder(Math.Min(word.Length, 16));
        var last = '\0';
        foreach (var c in word)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (collapse && mapped == last) continue;
            if (!collapse && builder.Length >= 12) break;
            builder.Append(mapped);
            last = mapped;
        }

        return builder.ToString();
    }

    private void AddLexicon(List<string> features, string prefix, string word)
    {
        foreach (var type in lexicon.TypesOf(word))
        {
            features.Add(prefix + type);
        }
    }

    private static string At(string[] values, int index) =>
        index < 0 ? "<S>" : index >= values.Length ? "</S>" : values[index];
}
