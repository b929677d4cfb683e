namespace Extractor.Core.Ner;

/// <summary>
/// Name lists the tagger reads as features (Ratinov and Roth 2009): for each list kind, the longest
/// list phrase starting at a capitalised token covers its tokens, which get "B-kind" / "I-kind" list
/// tags. Matching ignores case so that headline capitals still match. Immutable after construction.
/// </summary>
public sealed class NerPhraseLists
{
    private const int MaxKinds = 31;

    private readonly List<Dictionary<string, int>?> children = [null];
    private readonly List<int> kindMasks = [0];
    private readonly string[] kinds;
    private readonly string[][] beginFeatures;
    private readonly string[][] insideFeatures;

    public NerPhraseLists(IReadOnlyList<string> kinds, IEnumerable<(string Phrase, string Kind)> phrases)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(phrases);
        if (kinds.Count > MaxKinds) throw new ArgumentException($"At most {MaxKinds} list kinds.", nameof(kinds));
        this.kinds = [.. kinds];
        string[] offsets = ["L=", "L-1=", "L+1="];
        beginFeatures = [.. offsets.Select(offset => this.kinds.Select(kind => offset + "B-" + kind).ToArray())];
        insideFeatures = [.. offsets.Select(offset => this.kinds.Select(kind => offset + "I-" + kind).ToArray())];
        foreach (var (phrase, kind) in phrases)
        {
            var kindIndex = Array.IndexOf(this.kinds, kind);
            if (kindIndex < 0) throw new ArgumentException($"Unknown list kind {kind}.", nameof(phrases));
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0) Add(words, kindIndex);
        }
    }

    public static NerPhraseLists Empty { get; } = new([], []);

    public IReadOnlyList<string> Kinds => kinds;

    public int PhraseCount { get; private set; }

    /// <summary>Every phrase with its kind, in a stable order (what the model file stores).</summary>
    public IEnumerable<(string Phrase, string Kind)> Phrases()
    {
        var stack = new Stack<(int Node, string Prefix)>();
        stack.Push((0, string.Empty));
        var result = new List<(string, string)>();
        while (stack.Count > 0)
        {
            var (node, prefix) = stack.Pop();
            for (var kind = 0; kind < kinds.Length; kind++)
            {
                if ((kindMasks[node] & (1 << kind)) != 0) result.Add((prefix, kinds[kind]));
            }

            if (children[node] is not { } next) continue;
            foreach (var (word, child) in next) stack.Push((child, prefix.Length == 0 ? word : prefix + " " + word));
        }

        return result.OrderBy(pair => pair.Item1, StringComparer.Ordinal).ThenBy(pair => pair.Item2, StringComparer.Ordinal);
    }

    /// <summary>
    /// The list tags of each token as bit masks over <see cref="Kinds"/>: which lists' longest match
    /// begins at the token and which continue through it.
    /// </summary>
    public (int[] Begins, int[] Insides) Match(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var count = words.Count;
        var begins = new int[count];
        var insides = new int[count];
        if (kinds.Length == 0) return (begins, insides);
        Span<int> coveredUntil = stackalloc int[kinds.Length];
        Span<int> longest = stackalloc int[kinds.Length];
        for (var start = 0; start < count; start++)
        {
            if (words[start].Length == 0 || !char.IsUpper(words[start][0])) continue;
            longest.Clear();
            var node = 0;
            for (var end = start; end < count; end++)
            {
                if (children[node] is not { } next || !next.TryGetValue(words[end], out node)) break;
                var mask = kindMasks[node];
                for (var kind = 0; mask != 0 && kind < kinds.Length; kind++)
                {
                    if ((mask & (1 << kind)) != 0) longest[kind] = end - start + 1;
                }
            }

            for (var kind = 0; kind < kinds.Length; kind++)
            {
                if (longest[kind] == 0 || start < coveredUntil[kind]) continue;
                begins[start] |= 1 << kind;
                for (var t = start + 1; t < start + longest[kind]; t++) insides[t] |= 1 << kind;
                coveredUntil[kind] = start + longest[kind];
            }
        }

        return (begins, insides);
    }

    /// <summary>Adds token <paramref name="t"/>'s list features (its own list tags and its neighbours') from <see cref="Match"/>'s masks.</summary>
    public void AddFeatures(List<string> features, int t, int[] begins, int[] insides)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(begins);
        ArgumentNullException.ThrowIfNull(insides);
        AddTags(features, 0, begins[t], insides[t]);
        if (t > 0) AddTags(features, 1, begins[t - 1], insides[t - 1]);
        if (t + 1 < begins.Length) AddTags(features, 2, begins[t + 1], insides[t + 1]);
    }

    private void AddTags(List<string> target, int offset, int begin, int inside)
    {
        if ((begin | inside) == 0) return;
        for (var kind = 0; kind < kinds.Length; kind++)
        {
            if ((begin & (1 << kind)) != 0) target.Add(beginFeatures[offset][kind]);
            if ((inside & (1 << kind)) != 0) target.Add(insideFeatures[offset][kind]);
        }
    }

    private void Add(string[] words, int kind)
    {
        var node = 0;
        foreach (var word in words)
        {
            children[node] ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            if (!children[node]!.TryGetValue(word, out var child))
            {
                child = children.Count;
                children.Add(null);
                kindMasks.Add(0);
                children[node]![word] = child;
            }

            node = child;
        }

        if ((kindMasks[node] & (1 << kind)) == 0) PhraseCount++;
        kindMasks[node] |= 1 << kind;
    }
}
