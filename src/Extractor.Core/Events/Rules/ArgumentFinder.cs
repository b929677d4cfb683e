namespace Extractor.Core.Events.Rules;

/// <summary>
/// Fills actor, target and place for one trigger from the sentence's candidates.
/// Active voice: the actor is the nearest candidate before the trigger in its clause (stepping over
/// a closed parenthetical "— ... —"), the target the first after it, before the next trigger or
/// clause break. Passive voice ("were killed"): the subject is the target and a "by X" agent the actor.
/// "fighting between X and Y" makes X and Y both actors and targets. "X and Y" fills a slot with both.
/// A place is a locative place candidate ("in Catatumbo"), the nearest after the trigger first.
/// </summary>
internal static class ArgumentFinder
{
    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    {
        "was", "were", "been", "being", "is", "are", "be", "got", "get",
    };

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "struck", "shot", "hit", "hurt", "beaten", "held", "met", "slain", "taken", "withdrawn", "frozen", "broken", "sentenced",
    };

    public static EventArguments Find(SentenceView view, TriggerMatch trigger, IReadOnlySet<int> triggerStarts)
    {
        var place = FindPlace(view, trigger);
        var after = trigger.ObjectToken >= 0 ? trigger.ObjectToken + 1 : trigger.Last + 1;
        if (after < view.End && view.Lower(after) is "between" or "among")
        {
            var parties = Forward(view, after + 1, triggerStarts, agentOnly: false, all: true);
            if (parties.Count > 0) return new EventArguments(parties, parties, place);
        }

        var before = Backward(view, trigger.First - 1);
        if (IsPassive(view, trigger.First))
        {
            var agents = Forward(view, after, triggerStarts, agentOnly: true, all: false);
            return new EventArguments(agents, before.Except(agents).ToList(), place);
        }

        var targets = Forward(view, after, triggerStarts, agentOnly: false, all: false);
        return new EventArguments(before, targets.Except(before).ToList(), place);
    }

    internal static bool IsPassive(SentenceView view, int trigger)
    {
        var word = view.Lower(trigger);
        if (!word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("en", StringComparison.Ordinal) && !IrregularParticiples.Contains(word)) return false;
        for (var k = trigger - 1; k >= Math.Max(view.First, trigger - 3); k--)
        {
            var previous = view.Lower(k);
            if (BeForms.Contains(previous)) return true;
            if (!previous.EndsWith("ly", StringComparison.Ordinal) && previous is not ("not" or "n't" or "reportedly")) return false;
        }

        return false;
    }

    private static List<string> Backward(SentenceView view, int from)
    {
        var found = new List<string>();
        for (var k = from; k >= view.First; k--)
        {
            if (view.IsClauseBreak(k)) break;
            if (view.IsDash(k) || view.Lower(k) == ")")
            {
                var opener = Opener(view, k);
                if (opener < 0) break;
                k = opener;
                continue;
            }

            if (view.CandidateAt(k) is not { Locative: false } candidate) continue;
            found.Add(candidate.EntityId);
            var j = candidate.FirstToken - 1;
            if (j > view.First && view.Lower(j) is "and" or "," && view.CandidateAt(j - 1) is { Locative: false } other)
            {
                found.Add(other.EntityId);
            }

            break;
        }

        return found.Distinct().ToList();
    }

    private static int Opener(SentenceView view, int closer)
    {
        var dash = view.IsDash(closer);
        for (var k = closer - 1; k >= view.First; k--)
        {
            if (dash ? view.IsDash(k) : view.Lower(k) == "(") return k;
        }

        return -1;
    }

    private static List<string> Forward(SentenceView view, int from, IReadOnlySet<int> triggerStarts, bool agentOnly, bool all)
    {
        var found = new List<string>();
        var sawBy = false;
        for (var k = from; k < view.End; k++)
        {
            if (view.IsClauseBreak(k) || view.IsDash(k) || view.Lower(k) == "(") break;
            if (triggerStarts.Contains(k) && !IsObjectNoun(view, k)) break;
            sawBy |= view.Lower(k) == "by";
            if (view.CandidateAt(k) is not { Locative: false } candidate)
            {
                if (found.Count > 0 && !all && view.Lower(k) is not ("and" or "," or "the")) break;
                continue;
            }

            k = candidate.LastToken;
            if (agentOnly && !sawBy) continue;
            found.Add(candidate.EntityId);
        }

        return found.Distinct().ToList();
    }

    /// <summary>Whether a token sits inside a "— ... —" aside that does not hold the trigger ("a cartel — ... through the Darién Gap — responded").</summary>
    private static bool InOtherParenthetical(SentenceView view, int token, int trigger)
    {
        var open = -1;
        for (var k = view.First + 1; k < view.End; k++)
        {
            if (!view.IsDash(k)) continue;
            if (open < 0)
            {
                open = k;
                continue;
            }

            var holdsToken = open < token && token < k;
            var holdsTrigger = open < trigger && trigger < k;
            if (holdsToken) return !holdsTrigger;
            open = -1;
        }

        return false;
    }

    /// <summary>A trigger noun after a determiner ("rejected the offer from X") is the object, not a new event's start.</summary>
    private static bool IsObjectNoun(SentenceView view, int token) =>
        token > view.First && view.Lower(token - 1) is "the" or "a" or "an" or "its" or "their" or "his" or "her";

    private static string? FindPlace(SentenceView view, TriggerMatch trigger)
    {
        string? before = null;
        foreach (var candidate in view.Candidates())
        {
            if (!candidate.Locative || InOtherParenthetical(view, candidate.FirstToken, trigger.First)) continue;
            if (candidate.FirstToken > trigger.Last) return candidate.EntityId;
            before = candidate.EntityId;
        }

        return before;
    }
}
