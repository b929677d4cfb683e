namespace Extractor.Core.Ner;

/// <summary>
/// Word knowledge learned from corpora other than the training sentences: for each word, the entity
/// types it is most often part of (a derived gazetteer). Kept apart from the training labels so
/// the tagger does not learn to trust a feature that is a copy of its own answer.
/// </summary>
public sealed class NerLexicon
{
    private readonly Dictionary<string, string[]> typesByWord;

    public NerLexicon(Dictionary<string, string[]> typesByWord)
    {
        this.typesByWord = typesByWord;
    }

    public static NerLexicon Empty { get; } = new([]);

    public IReadOnlyDictionary<string, string[]> TypesByWord => typesByWord;

    public IReadOnlyList<string> TypesOf(string word) => typesByWord.TryGetValue(word, out var types) ? types : [];

    /// <summary>
    /// Adds each word's distributional cluster as one more type ("k", the clustering's size and the
    /// cluster id, so several clusterings of different granularity can be added), so the
    /// tagger reads clusters through the same current- and neighbour-word features as the types.
    /// </summary>
    public NerLexicon WithClusters(IReadOnlyDictionary<string, int> clusters, int clusterCount)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var merged = new Dictionary<string, string[]>(typesByWord, StringComparer.Ordinal);
        foreach (var (word, cluster) in clusters)
        {
            merged[word] = [.. TypesOf(word), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"k{clusterCount}:{cluster}")];
        }

        return new NerLexicon(merged);
    }

    /// <summary>
    /// Keeps a word for a type when it was inside a span of that type at least
    /// <paramref name="minCount"/> times and in at least <paramref name="minShare"/> of its occurrences.
    /// </summary>
    public static NerLexicon Build(IEnumerable<LabeledSentence> sentences, int minCount = 2, double minShare = 0.3)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var byType = new Dictionary<(string Word, string Type), int>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var word = sentence.Words[i];
                totals[word] = totals.GetValueOrDefault(word) + 1;
                if (NerTags.TypeOf(sentence.Tags[i]) is { } type)
                {
                    byType[(word, type)] = byType.GetValueOrDefault((word, type)) + 1;
                }
            }
        }

        var kept = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var ((word, type), count) in byType)
        {
            if (count < minCount || count < minShare * totals[word]) continue;
            if (!kept.TryGetValue(word, out var types)) kept[word] = types = [];
            types.Add(type);
        }

        return new NerLexicon(kept.ToDictionary(pair => pair.Key, pair => pair.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
    }
}
