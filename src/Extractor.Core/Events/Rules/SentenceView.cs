using Extractor.Core.Entities;
using Extractor.Core.Text;

namespace Extractor.Core.Events.Rules;

/// <summary>
/// One sentence as the event rules read it: lower-cased tokens by absolute token index, and the
/// argument candidate that covers each token.
/// </summary>
internal sealed class SentenceView
{
    private static readonly HashSet<string> LocativePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "outside", "inside", "across", "along", "around", "through", "into", "toward",
        "towards", "throughout", "within", "beyond", "from", "to", "on", "over", "between", "under",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "its", "their", "this", "that", "these", "those", "\u2019s", "'s",
    };

    private readonly string[] lower;
    private readonly ArgumentCandidate?[] candidates;
    private readonly DescriptorMap descriptors;

    public SentenceView(Document document, int index, IReadOnlyList<(Mention Mention, Entity Entity)> mentions, DescriptorMap descriptors)
    {
        Document = document;
        Sentence = document.Sentences[index];
        Index = index;
        lower = new string[Sentence.TokenCount];
        for (var i = 0; i < lower.Length; i++) lower[i] = document.TokenText(Sentence.FirstToken + i).ToLowerInvariant();
        candidates = new ArgumentCandidate?[lower.Length];
        this.descriptors = descriptors;
        foreach (var (mention, entity) in mentions) Place(mention, entity);
        ResolveDescriptions();
    }

    public Document Document { get; }

    public Sentence Sentence { get; }

    public int Index { get; }

    public int First => Sentence.FirstToken;

    public int End => Sentence.EndToken;

    public string Lower(int token) => lower[token - First];

    public string Text(int token) => Document.TokenText(token);

    public ArgumentCandidate? CandidateAt(int token) => candidates[token - First];

    public IEnumerable<ArgumentCandidate> Candidates()
    {
        ArgumentCandidate? previous = null;
        foreach (var candidate in candidates)
        {
            if (candidate is { } c && c != previous) yield return c;
            previous = candidate;
        }
    }

    public bool IsClauseBreak(int token) => Lower(token) is ";" or ":";

    public bool IsDash(int token) => Lower(token) is "\u2014" or "\u2013" or "--" or "-";

    private void Place(Mention mention, Entity entity)
    {
        int first = -1, last = -1;
        for (var i = First; i < End; i++)
        {
            var token = Document.Tokens[i];
            if (token.End <= mention.Start || token.Start >= mention.End) continue;
            if (first < 0) first = i;
            last = i;
        }

        if (first < 0 || candidates[first - First] is { } existing && existing.LastToken - existing.FirstToken >= last - first) return;
        var candidate = mention.Source != MentionSource.Nominal
            ? new ArgumentCandidate(entity.Id, first, last, entity.Type == EntityType.Place && FollowsPreposition(first))
            : Described(first, last) is { } named ? new ArgumentCandidate(named.Id, first, last, false)
            : new ArgumentCandidate(entity.Id, first, last, false, Nominal: true);
        for (var i = first; i <= last; i++) candidates[i - First] = candidate;
    }

    /// <summary>A bare "the rebels" stands for the entity the article describes as its rebels, if there is one.</summary>
    private Entity? Described(int first, int last) =>
        first == last && first > First && Determiners.Contains(Lower(first - 1)) && descriptors.TryResolve(Lower(first), out var named) ? named : null;

    private static bool IsApostrophe(string word) => word is "'" or "\u2019";

    private bool FollowsPreposition(int first)
    {
        var k = first - 1;
        if (k >= First && Lower(k) == "the") k--;
        return k >= First && LocativePrepositions.Contains(Lower(k));
    }

    /// <summary>"the cartel", "the country's largest cartel" name an entity when the article describes exactly one entity that way.</summary>
    private void ResolveDescriptions()
    {
        for (var i = First; i < End; i++)
        {
            if (candidates[i - First] is not null || !descriptors.TryResolve(Lower(i), out var entity)) continue;
            for (var k = i - 1; k >= Math.Max(First, i - 4); k--)
            {
                if (candidates[k - First] is not null) break;
                var word = Lower(k);
                if (IsApostrophe(word)) continue;
                if (Determiners.Contains(word) || (word == "s" && k > First && IsApostrophe(Lower(k - 1))))
                {
                    candidates[i - First] = new ArgumentCandidate(entity.Id, i, i, false);
                    break;
                }

                if (word.Length == 1 && !char.IsLetter(word[0])) break;
            }
        }
    }
}
