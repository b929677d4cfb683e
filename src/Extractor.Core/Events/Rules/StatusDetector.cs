using Extractor.Core.Dates;

namespace Extractor.Core.Events.Rules;

/// <summary>
/// Reads the words before a trigger (up to six tokens, within its clause) and the whole sentence
/// for cues of status. Precedence: negated, hypothetical, planned, claimed, then occurred.
/// </summary>
internal static class StatusDetector
{
    private const int Window = 6;

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "n't", "never", "no", "without", "denied", "denies", "deny", "denying",
    };

    private static readonly HashSet<string> Hypothetical = new(StringComparer.Ordinal)
    {
        "could", "might", "may", "would", "should",
    };

    private static readonly HashSet<string> Conditions = new(StringComparer.Ordinal) { "if", "unless", "whether" };

    private static readonly HashSet<string> Planned = new(StringComparer.Ordinal)
    {
        "will", "'ll", "\u2019ll", "shall", "plans", "plan", "planned", "planning", "set", "expected", "intends", "intend",
        "going", "agreed", "agreeing", "agrees", "pledged", "promised", "vowed", "ready", "willing", "aims", "seeks", "hopes",
        "scheduled", "upcoming", "prepared", "committed",
    };

    private static readonly HashSet<string> Claims = new(StringComparer.Ordinal)
    {
        "claimed", "claims", "claiming", "reportedly", "allegedly", "alleged",
    };

    public static EventStatus Detect(SentenceView view, TriggerMatch trigger, IReadOnlyList<DateMention> dates)
    {
        var negated = false;
        var hypothetical = false;
        var planned = false;
        for (var k = trigger.First - 1; k >= Math.Max(view.First, trigger.First - Window); k--)
        {
            var word = view.Lower(k);
            if (word is "," or ";" or ":" or "\u2014" or "\u2013") break;
            negated |= Negations.Contains(word) || (word == "to" && k > view.First && view.Lower(k - 1) is "failed" or "refused" or "declined");
            hypothetical |= Hypothetical.Contains(word);
            planned |= Planned.Contains(word);
        }

        for (var k = view.First; k < trigger.First; k++) hypothetical |= Conditions.Contains(view.Lower(k));

        if (negated) return EventStatus.Negated;
        if (hypothetical) return EventStatus.Hypothetical;
        if (planned || HasFutureDate(dates)) return EventStatus.Planned;
        return IsClaimed(view) ? EventStatus.Claimed : EventStatus.Occurred;
    }

    /// <summary>"refused to meet", "declined to resign", "will not accept": a negated act that is itself a refusal.</summary>
    public static bool IsRefusal(SentenceView view, TriggerMatch trigger)
    {
        var negated = false;
        var modal = false;
        for (var k = trigger.First - 1; k >= Math.Max(view.First, trigger.First - Window); k--)
        {
            var word = view.Lower(k);
            if (word is "," or ";" or ":" or "\u2014" or "\u2013") break;
            if (word is "refused" or "refuses" or "declined" or "declines" or "failed" or "fails") return true;
            negated |= word is "not" or "n't" or "never";
            modal |= word is "will" or "would" or "wo" or "can" or "ca";
        }

        return negated && modal;
    }

    private static bool HasFutureDate(IReadOnlyList<DateMention> dates)
    {
        foreach (var date in dates)
        {
            if (date.Kind == DateKind.Future) return true;
        }

        return false;
    }

    private static bool IsClaimed(SentenceView view)
    {
        for (var k = view.First; k < view.End; k++)
        {
            var word = view.Lower(k);
            if (Claims.Contains(word)) return true;
            if (k + 1 < view.End)
            {
                var next = view.Lower(k + 1);
                if (word == "according" && next == "to") return true;
                if (word is "said" or "says" && next is "it" or "they") return true;
            }
        }

        return false;
    }
}
