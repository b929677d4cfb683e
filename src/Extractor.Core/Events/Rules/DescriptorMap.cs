using Extractor.Core.Entities;
using Extractor.Core.Text;

namespace Extractor.Core.Events.Rules;

/// <summary>
/// The common nouns an article uses to describe its entities ("ELN rebels", "the Clan del Golfo — a
/// cartel", "the cartel ... believed to be the Clan del Golfo"), so that a later or earlier "the
/// cartel" can stand for the entity. A noun used for two different entities describes neither.
/// </summary>
internal sealed class DescriptorMap
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "cartel", "gang", "group", "guerrillas", "guerrilla", "rebels", "militia", "organization", "organisation",
        "network", "faction", "insurgents", "dissidents", "army", "movement", "militants",
    };

    private static readonly HashSet<string> Identifying = new(StringComparer.Ordinal) { "be", "as", "called", "named" };

    private readonly Dictionary<string, Entity?> byHead = new(StringComparer.Ordinal);

    public DescriptorMap(Document document, IReadOnlyList<(Mention Mention, Entity Entity)> mentions)
    {
        foreach (var (mention, entity) in mentions)
        {
            if (entity.Type == EntityType.Place || mention.Source == MentionSource.Nominal) continue;
            var first = TokenAtOrAfter(document, mention.Start);
            var last = TokenAtOrAfter(document, mention.End) - 1;
            if (first < 0 || last < first) continue;
            var sentence = document.Sentences[document.SentenceAt(document.Tokens[first].Start)];
            LookAfter(document, entity, last, sentence.EndToken);
            LookBefore(document, entity, first, sentence.FirstToken);
        }
    }

    public bool TryResolve(string lower, out Entity entity)
    {
        entity = null!;
        if (!byHead.TryGetValue(lower, out var found) || found is null) return false;
        entity = found;
        return true;
    }

    /// <summary>"ELN rebels"; "Clan del Golfo — a nearly 10,000-strong cartel".</summary>
    private void LookAfter(Document document, Entity entity, int last, int end)
    {
        if (last + 1 >= end) return;
        var next = Lower(document, last + 1);
        if (Heads.Contains(next))
        {
            Add(next, entity);
            return;
        }

        if (next is not ("," or "\u2014" or "\u2013" or "(")) return;
        for (var k = last + 2; k < Math.Min(end, last + 9); k++)
        {
            var word = Lower(document, k);
            if (Heads.Contains(word))
            {
                Add(word, entity);
                return;
            }

            if (word.Length == 1 && !char.IsLetterOrDigit(word[0])) return;
        }
    }

    /// <summary>"the organization, the Clan del Golfo"; "the cartel ... believed to be the Clan del Golfo".</summary>
    private void LookBefore(Document document, Entity entity, int first, int start)
    {
        var k = first - 1;
        if (k >= start && Lower(document, k) == "the") k--;
        if (k < start) return;
        var before = Lower(document, k);
        if (before is "," or "\u2014" or "\u2013" && k - 1 >= start && Heads.Contains(Lower(document, k - 1)))
        {
            Add(Lower(document, k - 1), entity);
            return;
        }

        if (!Identifying.Contains(before)) return;
        for (var h = k - 1; h >= Math.Max(start, k - 12); h--)
        {
            var word = Lower(document, h);
            if (Heads.Contains(word) && h > start && Lower(document, h - 1) == "the")
            {
                Add(word, entity);
                return;
            }
        }
    }

    private void Add(string head, Entity entity)
    {
        if (byHead.TryGetValue(head, out var known) && known?.Id != entity.Id) byHead[head] = null;
        else byHead[head] = entity;
    }

    private static string Lower(Document document, int token) => document.TokenText(token).ToLowerInvariant();

    private static int TokenAtOrAfter(Document document, int offset)
    {
        int low = 0, high = document.Tokens.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (document.Tokens[mid].Start < offset) low = mid + 1;
            else high = mid;
        }

        return low < document.Tokens.Count ? low : document.Tokens.Count;
    }
}
