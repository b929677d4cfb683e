namespace Extractor.Core.Events.Rules;

/// <summary>
/// Finds triggers in a sentence: first verb–object patterns that change what a noun means
/// ("froze its peace negotiations" is SANCTION:withdraw, not CONSULT), then phrases, then words.
/// Capitalised words inside a sentence are names ("Strike Force", "March"), not triggers, and a
/// protest noun after "in" ("in protest") is a manner, not an event.
/// </summary>
internal static class TriggerFinder
{
    private static readonly HashSet<string> StopVerbs = new(StringComparer.Ordinal)
    {
        "suspend", "suspends", "suspended", "suspending", "freeze", "freezes", "froze", "frozen", "freezing",
        "halt", "halts", "halted", "halting", "end", "ends", "ended", "ending", "abandon", "abandons", "abandoned",
        "abandoning", "quit", "quits", "cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling",
        "scrap", "scraps", "scrapped", "scrapping", "withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing",
        "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "lift", "lifts", "lifted", "lifting",
    };

    private static readonly HashSet<string> ParticleVerbs = new(StringComparer.Ordinal)
    {
        "call", "calls", "called", "calling", "break", "breaks", "broke", "broken", "breaking", "pull", "pulls",
        "pulled", "pulling", "walk", "walks", "walked", "walking",
    };

    private static readonly Dictionary<string, TriggerEntry> StoppedObjects = new(StringComparer.Ordinal)
    {
        ["talks"] = new(PloverType.Sanction, "withdraw"),
        ["negotiations"] = new(PloverType.Sanction, "withdraw"),
        ["negotiation"] = new(PloverType.Sanction, "withdraw"),
        ["dialogue"] = new(PloverType.Sanction, "withdraw"),
        ["mediation"] = new(PloverType.Sanction, "withdraw"),
        ["process"] = new(PloverType.Sanction, "withdraw"),
        ["meeting"] = new(PloverType.Reject, "meet"),
        ["meetings"] = new(PloverType.Reject, "meet"),
        ["visit"] = new(PloverType.Reject, "meet"),
        ["summit"] = new(PloverType.Reject, "meet"),
        ["aid"] = new(PloverType.Sanction, "discontinue"),
        ["assistance"] = new(PloverType.Sanction, "discontinue"),
        ["cooperation"] = new(PloverType.Sanction, "discontinue"),
        ["relations"] = new(PloverType.Sanction, "discontinue"),
        ["ties"] = new(PloverType.Sanction, "discontinue"),
        ["strike"] = new(PloverType.Concede, null),
        ["protest"] = new(PloverType.Concede, null),
        ["protests"] = new(PloverType.Concede, null),
        ["boycott"] = new(PloverType.Concede, null),
        ["curfew"] = new(PloverType.Concede, null),
        ["restrictions"] = new(PloverType.Concede, null),
        ["ban"] = new(PloverType.Concede, null),
        ["emergency"] = new(PloverType.Concede, null),
        ["sanctions"] = new(PloverType.Concede, null),
        ["embargo"] = new(PloverType.Concede, null),
        ["blockade"] = new(PloverType.Retreat, null),
        ["supplies"] = new(PloverType.Sanction, "discontinue"),
    };

    public static List<TriggerMatch> Find(SentenceView view)
    {
        var found = new List<TriggerMatch>();
        var consumed = -1;
        for (var i = view.First; i < view.End; i++)
        {
            if (i == consumed || view.CandidateAt(i) is not null) continue;
            var word = view.Lower(i);
            if (i > view.First && char.IsUpper(view.Text(i)[0])) continue;
            if (TryStopPattern(view, i, out var stop))
            {
                found.Add(stop);
                consumed = stop.ObjectToken;
                i = stop.Last;
                continue;
            }

            if (TryPhrase(view, i, out var phrase))
            {
                found.Add(phrase);
                i = phrase.Last;
                continue;
            }

            if (TriggerLexicon.TryWord(word, out var entry) && !IsMannerPhrase(view, i, entry))
            {
                found.Add(new TriggerMatch(i, i, entry));
            }
        }

        return found;
    }

    private static bool IsMannerPhrase(SentenceView view, int i, TriggerEntry entry) =>
        entry.Type == PloverType.Protest && i > view.First && view.Lower(i - 1) == "in";

    private static bool TryStopPattern(SentenceView view, int i, out TriggerMatch match)
    {
        match = default;
        var word = view.Lower(i);
        var last = i;
        if (ParticleVerbs.Contains(word))
        {
            if (i + 1 >= view.End || view.Lower(i + 1) is not ("off" or "out")) return false;
            last = i + 1;
        }
        else if (!StopVerbs.Contains(word))
        {
            return false;
        }

        for (var k = last + 1; k < Math.Min(view.End, last + 6); k++)
        {
            var next = view.Lower(k);
            if (StoppedObjects.TryGetValue(next, out var entry))
            {
                match = new TriggerMatch(i, last, entry, k);
                return true;
            }

            if (view.CandidateAt(k) is null && next.Length == 1 && !char.IsLetterOrDigit(next[0])) return false;
        }

        return false;
    }

    private static bool TryPhrase(SentenceView view, int i, out TriggerMatch match)
    {
        match = default;
        foreach (var (tokens, entry) in TriggerLexicon.PhrasesStartingWith(view.Lower(i)))
        {
            if (i + tokens.Length > view.End) continue;
            var matches = true;
            for (var k = 1; k < tokens.Length && matches; k++) matches = view.Lower(i + k) == tokens[k];
            if (!matches) continue;
            match = new TriggerMatch(i, i + tokens.Length - 1, entry);
            return true;
        }

        return false;
    }
}
