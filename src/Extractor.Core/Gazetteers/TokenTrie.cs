namespace Extractor.Core.Gazetteers;

/// <summary>
/// Names keyed by their sequence of folded tokens. Lookup walks the document's tokens from a start
/// position and reports the longest sequence that names something.
/// </summary>
public sealed class TokenTrie
{
    private readonly Node root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> foldedTokens, GazetteerAlias alias)
    {
        var node = root;
        foreach (var token in foldedTokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(token, out var child))
            {
                child = new Node();
                node.Children.Add(token, child);
            }

            node = child;
        }

        node.Values ??= [];
        if (!node.Values.Exists(value => value.Entry.Id == alias.Entry.Id))
        {
            node.Values.Add(alias);
            Count++;
        }
    }

    /// <summary>Every alias whose folded tokens equal <paramref name="foldedTokens"/>.</summary>
    public IReadOnlyList<GazetteerAlias> Find(IReadOnlyList<string> foldedTokens)
    {
        var node = root;
        foreach (var token in foldedTokens)
        {
            if (node.Children is null || !node.Children.TryGetValue(token, out node)) return [];
        }

        return node.Values ?? (IReadOnlyList<GazetteerAlias>)[];
    }

    /// <summary>
    /// Walks from <paramref name="start"/> and calls <paramref name="accept"/> on each prefix that names
    /// something, longest last; returns the end of the longest prefix it accepted and its aliases.
    /// </summary>
    public (int End, IReadOnlyList<GazetteerAlias> Aliases) LongestMatch(
        Func<int, string> foldedTokenAt, int start, int limit, Func<int, int, IReadOnlyList<GazetteerAlias>, IReadOnlyList<GazetteerAlias>> accept)
    {
        var node = root;
        var bestEnd = start;
        IReadOnlyList<GazetteerAlias> best = [];
        for (var i = start; i < limit; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(foldedTokenAt(i), out var next)) break;
            node = next;
            if (node.Values is null) continue;
            var accepted = accept(start, i + 1, node.Values);
            if (accepted.Count > 0)
            {
                bestEnd = i + 1;
                best = accepted;
            }
        }

        return (bestEnd, best);
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<GazetteerAlias>? Values { get; set; }
    }
}
