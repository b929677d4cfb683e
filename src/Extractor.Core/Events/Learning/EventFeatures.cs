using Extractor.Core.Entities;
using Extractor.Core.Events.Rules;

namespace Extractor.Core.Events.Learning;

/// <summary>
/// The feature names the event classifiers read. The rule components are features, not decisions:
/// the trigger lexicon's type and mode, the status cue detector's status and the argument finder's
/// role, so the classifiers learn where to trust them.
/// </summary>
internal static class EventFeatures
{
    public const string None = "NONE";
    public const string Actor = "ACTOR";
    public const string Target = "TARGET";

    private const int NeighbourGap = 2;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "by", "against", "with", "to", "from", "on", "in", "at", "of", "for", "between", "among", "into", "over", "toward", "towards",
    };

    /// <summary>Is token <paramref name="t"/> the first word of a trigger, and of which type?</summary>
    public static List<string> Trigger(SentenceView view, int t, TriggerMatch? lexicon, bool insideLexicon)
    {
        var word = view.Lower(t);
        var features = new List<string>(24)
        {
            "w=" + word,
            "s3=" + Suffix(word, 3),
            "p4=" + word[..Math.Min(4, word.Length)],
            "shape=" + Shape(view.Text(t)),
            "w-1=" + Word(view, t - 1),
            "w+1=" + Word(view, t + 1),
            "w-2=" + Word(view, t - 2),
            "w+2=" + Word(view, t + 2),
            "bi=" + Word(view, t - 1) + "_" + word,
            "bi+=" + word + "_" + Word(view, t + 1),
        };
        if (lexicon is { } match)
        {
            features.Add("lex=" + match.Entry.Type);
            features.Add("lexmode=" + match.Entry.Type + ":" + match.Entry.Mode);
            features.Add("lexlen=" + Math.Min(3, match.Last - match.First + 1));
            if (match.ObjectToken >= 0) features.Add("lexobj=" + view.Lower(match.ObjectToken));
        }
        else
        {
            features.Add(insideLexicon ? "lex=inside" : "lex=none");
        }

        if (view.CandidateAt(t) is not null) features.Add("entity");
        features.Add("Lcand=" + NearestCandidate(view, t, -1));
        features.Add("Rcand=" + NearestCandidate(view, t, +1));
        for (var k = Math.Max(view.First, t - 4); k < t; k++) features.Add("L=" + view.Lower(k));
        for (var k = t + 1; k < Math.Min(view.End, t + 4); k++) features.Add("R=" + view.Lower(k));
        return features;
    }

    /// <summary>What the nearest argument candidate on one side is (a name, a description, a place after a preposition), and how far.</summary>
    private static string NearestCandidate(SentenceView view, int t, int step)
    {
        for (var k = t + step; k >= view.First && k < view.End; k += step)
        {
            if (view.CandidateAt(k) is not { } candidate || candidate == view.CandidateAt(t)) continue;
            var kind = candidate.Locative ? "place" : candidate.Nominal ? "nominal" : "name";
            return kind + (Math.Abs(k - t) <= 3 ? "-near" : "-far");
        }

        return "none";
    }

    /// <summary>The mode of an event of a known type: every feature is conjoined with the type, as modes belong to one type.</summary>
    public static List<string> Mode(SentenceView view, TriggerMatch trigger, PloverType type, string? cueMode)
    {
        var prefix = type + "|";
        var features = new List<string>
        {
            prefix + "w=" + view.Lower(trigger.First),
            prefix + "s3=" + Suffix(view.Lower(trigger.First), 3),
            prefix + "lexmode=" + (trigger.Entry.Type == type ? trigger.Entry.Mode : "other"),
            prefix + "cue=" + cueMode,
            prefix + "w+1=" + Word(view, trigger.Last + 1),
            prefix + "w+2=" + Word(view, trigger.Last + 2),
        };
        if (trigger.ObjectToken >= 0) features.Add(prefix + "obj=" + view.Lower(trigger.ObjectToken));
        for (var k = view.First; k < view.End; k++) features.Add(prefix + "bag=" + view.Lower(k));
        return features;
    }

    public static List<string> Status(SentenceView view, TriggerMatch trigger, PloverType type, EventStatus ruleStatus)
    {
        var features = new List<string>
        {
            "rule=" + ruleStatus,
            "type=" + type,
            "type_rule=" + type + ":" + ruleStatus,
            "w=" + view.Lower(trigger.First),
            "s2=" + Suffix(view.Lower(trigger.First), 2),
            "w-1=" + Word(view, trigger.First - 1),
            "w-2=" + Word(view, trigger.First - 2),
        };
        for (var k = Math.Max(view.First, trigger.First - 6); k < trigger.First; k++) features.Add("L=" + view.Lower(k));
        for (var k = trigger.Last + 1; k < Math.Min(view.End, trigger.Last + 4); k++) features.Add("R=" + view.Lower(k));
        for (var k = view.First; k < view.End; k++)
        {
            if (view.Lower(k) is "said" or "says" or "claimed" or "denied" or "according" or "alleged" or "if" or "could" or "would" or "may" or "might" or "will" or "plans" or "not")
            {
                features.Add("cue=" + view.Lower(k) + (k < trigger.First ? "<" : ">"));
            }
        }

        return features;
    }

    /// <summary>Is the candidate the event's actor, its target, or neither?</summary>
    public static List<string> Role(SentenceView view, TriggerMatch trigger, PloverType type, ArgumentCandidate candidate, IReadOnlyDictionary<string, EntityType> entityTypes, string ruleRole, bool passive, IReadOnlySet<int> otherTriggers)
    {
        var entityType = entityTypes.GetValueOrDefault(candidate.EntityId);
        var before = candidate.LastToken < trigger.First;
        var side = before ? "L" : "R";
        var gapStart = before ? candidate.LastToken + 1 : trigger.Last + 1;
        var gapEnd = before ? trigger.First : candidate.FirstToken;
        var distance = gapEnd - gapStart;
        var commas = 0;
        var triggersBetween = 0;
        var breaks = 0;
        var candidatesBetween = 0;
        ArgumentCandidate? previous = null;
        for (var k = gapStart; k < gapEnd; k++)
        {
            var word = view.Lower(k);
            if (word == ",") commas++;
            if (view.IsClauseBreak(k) || word is "and" or "but" or "while" or "after" or "before" or "as" or "when" or "which" or "who") breaks++;
            if (otherTriggers.Contains(k)) triggersBetween++;
            if (view.CandidateAt(k) is { } between && between != previous) candidatesBetween++;
            previous = view.CandidateAt(k);
        }

        var preceding = Word(view, candidate.FirstToken - 1);
        var features = new List<string>
        {
            "side=" + side,
            "dist=" + side + Bucket(distance),
            "rule=" + ruleRole,
            "type_rule=" + type + ":" + ruleRole,
            "etype=" + entityType,
            "etype_side=" + entityType + side,
            "kind_type=" + type + ":" + Kind(candidate.EntityId, entityType) + side,
            "type_side=" + type + side,
            "passive_side=" + passive + side,
            "commas=" + side + Math.Min(commas, 2),
            "breaks=" + side + Math.Min(breaks, 2),
            "triggers=" + side + Math.Min(triggersBetween, 2),
            "between=" + side + Math.Min(candidatesBetween, 3),
            "locative=" + candidate.Locative,
            "nominal=" + candidate.Nominal + side,
            "type_nominal=" + type + ":" + candidate.Nominal + side,
            "prev=" + (Prepositions.Contains(preceding) ? preceding : "other") + side,
            "type_prev=" + type + ":" + (Prepositions.Contains(preceding) ? preceding : "other") + side,
            "next=" + Word(view, candidate.LastToken + 1),
            "trig=" + view.Lower(trigger.First) + side,
            "lead=" + (candidate.FirstToken == view.First),
        };
        if (passive && preceding == "by") features.Add("passive_by");
        if (candidate.Nominal) features.Add("head=" + view.Lower(candidate.LastToken) + side);
        if (before && Word(view, candidate.LastToken + 1) == "," && Word(view, candidate.LastToken + 2) is "which" or "who" or "that") features.Add("relative_clause");
        if (Word(view, candidate.LastToken + 1) is "'s" or "\u2019s") features.Add("possessive" + side);
        if (!before && gapEnd > gapStart && view.Lower(gapStart) is "against" or "on" or "at" or "with" or "to" or "by" or "from") features.Add("trigger_prep=" + type + ":" + view.Lower(gapStart));
        if (view.Candidates().FirstOrDefault(c => !c.Locative) == candidate) features.Add("first_candidate" + side);
        foreach (var (which, neighbour, between) in Neighbours(view, candidate))
        {
            var neighbourType = entityTypes.GetValueOrDefault(neighbour.EntityId);
            features.Add(which + "=" + neighbourType + ":" + between + side);
            features.Add(which + "_own=" + entityType + ":" + neighbourType + ":" + between);
        }

        return features;
    }

    /// <summary>
    /// The candidates right before and after this one (at most <see cref="NeighbourGap"/> words between), with the words
    /// between: "Finland and Sweden" (a list shares its role), "Cambodia 's Hun Sen" (the owner is rarely the argument).
    /// </summary>
    private static IEnumerable<(string Which, ArgumentCandidate Neighbour, string Between)> Neighbours(SentenceView view, ArgumentCandidate candidate)
    {
        for (var k = candidate.LastToken + 1; k < view.End && k <= candidate.LastToken + NeighbourGap + 1; k++)
        {
            if (view.CandidateAt(k) is not { } next) continue;
            yield return ("next", next, Words(view, candidate.LastToken + 1, k));
            break;
        }

        for (var k = candidate.FirstToken - 1; k >= view.First && k >= candidate.FirstToken - NeighbourGap - 1; k--)
        {
            if (view.CandidateAt(k) is not { } previous) continue;
            yield return ("prev", previous, Words(view, k + 1, candidate.FirstToken));
            break;
        }
    }

    private static string Words(SentenceView view, int first, int end) => string.Join('_', Enumerable.Range(first, end - first).Select(view.Lower));

    /// <summary>A country or a state ("iso:", "gov:" ids) acts far more often than a town or region does.</summary>
    private static string Kind(string entityId, EntityType entityType) =>
        entityId.StartsWith("iso:", StringComparison.Ordinal) ? "country"
        : entityId.StartsWith("gov:", StringComparison.Ordinal) ? "state"
        : EntityIds.IsNominal(entityId) ? "nominal" + entityType
        : entityType.ToString();

    private static string Word(SentenceView view, int t) => t < view.First ? "<s>" : t >= view.End ? "</s>" : view.Lower(t);

    private static string Suffix(string word, int length) => word.Length <= length ? word : word[^length..];

    private static string Bucket(int distance) => distance switch
    {
        0 => "0",
        1 => "1",
        2 => "2",
        <= 5 => "3-5",
        <= 10 => "6-10",
        _ => "11+",
    };

    private static string Shape(string text) =>
        text.Length == 0 ? "empty"
        : char.IsUpper(text[0]) ? (text.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? "CAPS" : "Cap")
        : char.IsDigit(text[0]) ? "digit"
        : char.IsLetter(text[0]) ? "lower" : "punct";
}
