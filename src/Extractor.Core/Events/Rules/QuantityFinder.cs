using Extractor.Core.Dates;
using Extractor.Core.Numbers;

namespace Extractor.Core.Events.Rules;

/// <summary>
/// Reads casualty, displacement, kidnapping and arrest counts and US-dollar amounts in a sentence.
/// A count belongs to a casualty word when it comes right after an active verb ("killed at least 166
/// people") or before a passive or intransitive one ("Seven ELN rebels were killed", "12 dead").
/// Numbers inside date expressions never count.
/// </summary>
internal static class QuantityFinder
{
    private enum Kind
    {
        Killed,
        Injured,
        Displaced,
        Kidnapped,
        Arrested,
    }

    private static readonly Dictionary<string, Kind> Words = new(StringComparer.Ordinal)
    {
        ["killed"] = Kind.Killed,
        ["killing"] = Kind.Killed,
        ["kills"] = Kind.Killed,
        ["dead"] = Kind.Killed,
        ["died"] = Kind.Killed,
        ["slain"] = Kind.Killed,
        ["murdered"] = Kind.Killed,
        ["deaths"] = Kind.Killed,
        ["wounded"] = Kind.Injured,
        ["injured"] = Kind.Injured,
        ["injuring"] = Kind.Injured,
        ["wounding"] = Kind.Injured,
        ["hurt"] = Kind.Injured,
        ["displaced"] = Kind.Displaced,
        ["displacing"] = Kind.Displaced,
        ["fled"] = Kind.Displaced,
        ["uprooted"] = Kind.Displaced,
        ["kidnapped"] = Kind.Kidnapped,
        ["abducted"] = Kind.Kidnapped,
        ["kidnapping"] = Kind.Kidnapped,
        ["hostages"] = Kind.Kidnapped,
        ["arrested"] = Kind.Arrested,
        ["detained"] = Kind.Arrested,
        ["arresting"] = Kind.Arrested,
        ["jailed"] = Kind.Arrested,
    };

    private static readonly HashSet<string> Intransitive = new(StringComparer.Ordinal) { "dead", "died", "deaths", "fled", "hostages" };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "was", "were", "been", "being", "is", "are", "be", "got" };

    public static Quantities Find(SentenceView view, IReadOnlyList<DateMention> dates)
    {
        var text = view.Document.Text;
        var numbers = NumberParser.Find(text, view.Sentence.Start, view.Sentence.End)
            .Where(n => !dates.Any(d => d.Start < n.End && n.Start < d.End))
            .ToList();
        var counts = new int?[5];
        if (numbers.Count > 0)
        {
            for (var k = view.First; k < view.End; k++)
            {
                if (!Words.TryGetValue(view.Lower(k), out var kind) || counts[(int)kind] is not null) continue;
                var token = view.Document.Tokens[k];
                var passive = Intransitive.Contains(view.Lower(k)) || (k > view.First && BeForms.Contains(view.Lower(k - 1)));
                var number = passive ? Before(view, numbers, token.Start) : After(view, numbers, k) ?? Before(view, numbers, token.Start);
                if (number is { } n) counts[(int)kind] = (int)Math.Min(n.Value, int.MaxValue);
            }
        }

        decimal? usd = null;
        foreach (var money in MoneyParser.Find(text, view.Sentence.Start, view.Sentence.End))
        {
            usd ??= money.Usd;
        }

        return new Quantities(counts[0], counts[1], counts[2], counts[3], counts[4], usd);
    }

    /// <summary>A number that starts within the three tokens after the casualty word.</summary>
    private static NumberMention? After(SentenceView view, List<NumberMention> numbers, int word)
    {
        var limit = Math.Min(view.End - 1, word + 3);
        var from = view.Document.Tokens[word].End;
        var to = view.Document.Tokens[limit].End;
        foreach (var n in numbers)
        {
            if (n.Start >= from && n.Start < to) return n;
        }

        return null;
    }

    /// <summary>The nearest number ending within 40 characters before the casualty word, with no clause break between.</summary>
    private static NumberMention? Before(SentenceView view, List<NumberMention> numbers, int wordStart)
    {
        for (var i = numbers.Count - 1; i >= 0; i--)
        {
            var n = numbers[i];
            if (n.End > wordStart) continue;
            if (wordStart - n.End > 40) return null;
            var between = view.Document.Text.AsSpan(n.End, wordStart - n.End);
            return between.IndexOfAny(",;:\u2014") < 0 ? n : null;
        }

        return null;
    }
}
