using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Dates;

/// <summary>
/// Finds date expressions in text and resolves them against the publication date.
/// Absolute dates carry their year; a day or month without a year takes the year that puts it
/// closest to publication. Deictic expressions ("yesterday", "on Saturday", "last May", "two days
/// ago") count from publication; a bare weekday in a clause about the future ("would march on
/// Monday") is the coming one. Anaphoric ones ("the day before", "the next day", "two days after",
/// "the previous Friday") count from the nearest day-precise date before them in the same text, else
/// from <c>anchor</c>, the last day-precise date of the narrative, and (except counted offsets) from
/// publication when there is none. Without a publication date every relative expression resolves to
/// null; nothing throws. Weeks have no precision of their own: "last week" is given as the month it falls in.
/// </summary>
public static partial class DateResolver
{
    private delegate (PartialDate? Date, DateKind Kind, bool Absolute) Resolve(string text, Match match, DateOnly? published, PartialDate? anchor);

    /// <summary>
    /// The rules in priority order. Anaphoric rules (<c>Anaphoric</c>) count from a day: the nearest
    /// day-precise date before them in the same text range when there is one, else <c>anchor</c>.
    /// </summary>
    private static readonly (Func<Regex> Pattern, Resolve Resolve, bool Anaphoric)[] Rules =
    [
        (IsoDate, (_, m, _, _) => (DayOrNull(Int(m, "y"), Int(m, "m"), Int(m, "d")), DateKind.Point, true), false),
        (MonthDayYear, ResolveDayMonth, false),
        (DayMonthYear, ResolveDayMonth, false),
        (MonthYear, (_, m, _, _) => (PartialDate.Month(Int(m, "y"), MonthNames.Number(m.Groups["mon"].Value)), DateKind.Point, true), false),
        (AnaphoricDay, ResolveAnaphoric, true),
        (AnaphoricOffset, ResolveAnaphoricOffset, true),
        (AnaphoricWeekday, ResolveAnaphoricWeekday, true),
        (DeicticDay, ResolveDeicticDay, false),
        (Ago, ResolveAgo, false),
        (RelativeUnit, ResolveRelativeUnit, false),
        (RelativeMonth, ResolveRelativeMonth, false),
        (Weekday, ResolveWeekday, false),
        (ComingPeriod, (_, _, _, _) => (null, DateKind.Future, false), false),
        (YearAfterPreposition, (_, m, _, _) => (PartialDate.Year(Int(m, "y")), DateKind.Point, true), false),
        (MonthAfterPreposition, ResolveBareMonth, false),
    ];

    public static IReadOnlyList<DateMention> Find(string text, DateOnly? published, PartialDate? anchor = null) =>
        Find(text, 0, text?.Length ?? 0, published, anchor);

    /// <summary>Every date expression in <paramref name="text"/>[start..end), in text order; overlaps go to the earlier rule.</summary>
    public static IReadOnlyList<DateMention> Find(string text, int start, int end, DateOnly? published, PartialDate? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(DateMention Mention, Match Match, Resolve Resolve, bool Anaphoric)>();
        foreach (var (pattern, resolve, anaphoric) in Rules)
        {
            for (var match = pattern().Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                var span = match.Groups["x"].Success ? match.Groups["x"] : (Group)match;
                var from = span.Index;
                var to = span.Index + span.Length;
                if (found.Exists(d => d.Mention.Start < to && from < d.Mention.End)) continue;
                var (date, kind, absolute) = resolve(text, match, published, anchor);
                if (kind == DateKind.Point && (FollowsSince(text, from) || match.Value.StartsWith("since", StringComparison.OrdinalIgnoreCase))) kind = DateKind.RangeStart;
                found.Add((new DateMention(from, to, date, kind, absolute), match, resolve, anaphoric));
            }
        }

        found.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        var mentions = new List<DateMention>(found.Count);
        PartialDate? local = null;
        foreach (var (mention, match, resolve, anaphoric) in found)
        {
            var resolved = mention;
            if (anaphoric && local is { } day)
            {
                var (date, kind, _) = resolve(text, match, published, day);
                resolved = mention with { Date = date, Kind = kind };
            }

            if (resolved is { Kind: DateKind.Point, Date: { Precision: DatePrecision.Day } point }) local = point;
            mentions.Add(resolved);
        }

        return mentions;
    }

    private static bool FollowsSince(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        return before.EndsWith("since", StringComparison.OrdinalIgnoreCase) && (before.Length == 5 || !char.IsLetter(before[^6]));
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static PartialDate? DayOrNull(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? PartialDate.Day(year, month, day) : null;

    private static (PartialDate?, DateKind, bool) ResolveDayMonth(string text, Match match, DateOnly? published, PartialDate? anchor)
    {
        var month = MonthNames.Number(match.Groups["mon"].Value);
        var day = Int(match, "d");
        if (match.Groups["y"].Success) return (DayOrNull(Int(match, "y"), month, day), DateKind.Point, true);
        if (published is not { } p) return (null, DateKind.Point, false);
        var year = ClosestYear(p, month);
        return (DayOrNull(year, month, day), DateKind.Point, false);
    }

    private static (PartialDate?, DateKind, bool) ResolveBareMonth(string text, Match match, DateOnly? published, PartialDate? anchor)
    {
        if (published is not { } p) return (null, DateKind.Point, false);
        var month = MonthNames.Number(match.Groups["mon"].Value);
        return (PartialDate.Month(ClosestYear(p, month), month), DateKind.Point, false);
    }

    /// <summary>The year that puts the month nearest to publication; a tie goes to the past.</summary>
    private static int ClosestYear(DateOnly published, int month)
    {
        var ahead = month - published.Month;
        if (ahead > 6) return published.Year - 1;
        if (ahead < -6) return published.Year + 1;
        return published.Year;
    }

    private static (PartialDate?, DateKind, bool) ResolveAnaphoric(string text, Match match, DateOnly? published, PartialDate? anchor)
    {
        DateOnly? from = anchor is { Precision: DatePrecision.Day } a ? a.Value : published;
        if (from is not { } f) return (null, DateKind.Point, false);
        var phrase = match.Value.ToLowerInvariant();
        var shift = phrase.Contains("before", StringComparison.Ordinal) || phrase.Contains("previous", StringComparison.Ordinal) ? -1
            : phrase.Contains("next", StringComparison.Ordinal) || phrase.Contains("following", StringComparison.Ordinal) ? 1 : 0;
        return (Day(f.AddDays(shift)), DateKind.Point, false);
    }

    /// <summary>
    /// "two days after", "a week before", "five days later", "the day after": a count of days from the
    /// anchor day. Followed by a clause, "after" dates that clause before the anchor ("on Thursday, two
    /// days after they were abducted") and "before" after it; alone, "later" and "after" count forward,
    /// "earlier" and "before" back. Without an anchor day the date is unknown.
    /// </summary>
    private static (PartialDate?, DateKind, bool) ResolveAnaphoricOffset(string text, Match match, DateOnly? published, PartialDate? anchor)
    {
        if (anchor is not { Precision: DatePrecision.Day } a) return (null, DateKind.Point, false);
        var count = match.Groups["n"].Success ? CountWord(match.Groups["n"].Value) : 1;
        if (count is not { } n || n > 1_000) return (null, DateKind.Point, false);
        var days = match.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 * n : n;
        var direction = match.Groups["dir"].Value.ToLowerInvariant();
        var clauseFollows = FollowedByWord(text, match.Index + match.Length);
        var forward = direction switch
        {
            "later" => true,
            "earlier" => false,
            "after" => !clauseFollows,
            _ => clauseFollows,
        };
        return (Day(a.Value.AddDays(forward ? days : -days)), DateKind.Point, false);
    }

    /// <summary>"the previous Friday", "the following Monday": the weekday before or after the anchor day (publication without one).</summary>
    private static (PartialDate?, DateKind, bool) ResolveAnaphoricWeekday(string text, Match match, DateOnly? published, PartialDate? anchor)
    {
        DateOnly? from = anchor is { Precision: DatePrecision.Day } a ? a.Value : published;
        if (from is not { } f) return (null, DateKind.Point, false);
        var target = Enum.Parse<DayOfWeek>(match.Groups["wd"].Value, ignoreCase: true);
        var relation = match.Groups["rel"].Value.ToLowerInvariant();
        if (relation is "previous" or "preceding")
        {
            var back = ((int)f.DayOfWeek - (int)target + 7) % 7;
            return (Day(f.AddDays(-(back == 0 ? 7 : back))), DateKind.Point, false);
        }

        var ahead = ((int)target - (int)f.DayOfWeek + 7) % 7;
        return (Day(f.AddDays(ahead == 0 ? 7 : ahead)), DateKind.Point, false);
    }

    private static bool FollowedByWord(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        return rest.Length > 0 && char.IsLetterOrDigit(rest[0]);
    }

    /// <summary>
    /// A future cue ("will", "would", "ahead of", "due to", "begins"...) earlier in the same clause (no
    /// comma or sentence end in between) makes a bare weekday the coming one: "would march on Monday".
    /// </summary>
    private static bool InFutureClause(string text, int at)
    {
        var clauseStart = text.AsSpan(0, at).LastIndexOfAny(",;:.!?") + 1;
        Match? cue = null;
        for (var match = FutureCue().Match(text, clauseStart, at - clauseStart); match.Success; match = match.NextMatch()) cue = match;
        if (cue is null) return false;

        // "will pool ... under a pact signed on Tuesday": a past participle after the cue dates something done.
        var cueEnd = cue.Index + cue.Length;
        return !PastParticiple().IsMatch(text.AsSpan(cueEnd, at - cueEnd));
    }

    private static (PartialDate?, DateKind, bool) ResolveDeicticDay(string text, Match match, DateOnly? published, PartialDate? anchor)
    {
        if (published is not { } p) return (null, DateKind.Point, false);
        var shift = match.Value.ToLowerInvariant() switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        return (Day(p.AddDays(shift)), shift > 0 ? DateKind.Future : DateKind.Point, false);
    }

    private static (PartialDate?, DateKind, bool) ResolveAgo(string text, Match match, DateOnly? published, PartialDate? anchor)
    {
        var amount = CountWord(match.Groups["n"].Value);
        if (published is not { } p || amount is not { } n || n > 1_000) return (null, DateKind.Point, false);
        var unit = match.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        return unit switch
        {
            "day" => (Day(p.AddDays(-n)), DateKind.Point, false),
            "week" => (Month(p.AddDays(-7 * n)), DateKind.Point, false),
            "month" => (Month(p.AddMonths(-n)), DateKind.Point, false),
            _ => (PartialDate.Year(p.Year - n), DateKind.Point, false),
        };
    }

    private static (PartialDate?, DateKind, bool) ResolveRelativeUnit(string text, Match match, DateOnly? published, PartialDate? anchor)
    {
        var relation = match.Groups["rel"].Value.ToLowerInvariant();
        var kind = relation.StartsWith("next", StringComparison.Ordinal) || relation.StartsWith("later", StringComparison.Ordinal) ? DateKind.Future : DateKind.Point;
        if (published is not { } p) return (null, kind, false);
        var step = relation switch
        {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "week" => (Month(p.AddDays(7 * step)), kind, false),
            "month" => (Month(p.AddMonths(step)), kind, false),
            _ => (PartialDate.Year(p.Year + step), kind, false),
        };
    }

    private static (PartialDate?, DateKind, bool) ResolveRelativeMonth(string text, Match match, DateOnly? published, PartialDate? anchor)
    {
        var relation = match.Groups["rel"].Value.ToLowerInvariant();
        var kind = relation == "next" ? DateKind.Future : DateKind.Point;
        if (published is not { } p) return (null, kind, false);
        var month = MonthNames.Number(match.Groups["mon"].Value);
        var year = relation switch
        {
            "last" => month < p.Month ? p.Year : p.Year - 1,
            "next" => month > p.Month ? p.Year : p.Year + 1,
            _ => p.Year,
        };
        return (PartialDate.Month(year, month), kind, false);
    }

    private static (PartialDate?, DateKind, bool) ResolveWeekday(string text, Match match, DateOnly? published, PartialDate? anchor)
    {
        var relation = match.Groups["rel"].Value.ToLowerInvariant();
        var future = relation.StartsWith("next", StringComparison.Ordinal) || relation.Contains("coming", StringComparison.Ordinal)
            || (relation.Length == 0 && InFutureClause(text, match.Index));
        var kind = future ? DateKind.Future : DateKind.Point;
        if (published is not { } p) return (null, kind, false);
        var target = Enum.Parse<DayOfWeek>(match.Groups["wd"].Value, ignoreCase: true);
        var offset = ((int)target - (int)p.DayOfWeek + 7) % 7;
        if (future) return (Day(p.AddDays(offset == 0 && relation.Length > 0 ? 7 : offset)), kind, false);

        // "on Saturday" in a Saturday paper is that day; "last Saturday" never is.
        var back = ((int)p.DayOfWeek - (int)target + 7) % 7;
        if (back == 0 && relation == "last") back = 7;
        return (Day(p.AddDays(-back)), kind, false);
    }

    private static int? CountWord(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "several" or "few" => null,
        var digits when int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static PartialDate Day(DateOnly date) => new(date, DatePrecision.Day);

    private static PartialDate Month(DateOnly date) => PartialDate.Month(date.Year, date.Month);

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<mon>" + MonthNames.Pattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + MonthNames.Pattern + @")\b\.?(?:,?\s+(?<y>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>" + MonthNames.Pattern + @")\b\.?,?\s+(?:of\s+)?(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?i:the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night)|the\s+(?:next|following)\s+day|the\s+same\s+day|that\s+same\s+day)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnaphoricDay();

    [GeneratedRegex(@"\b(?i:(?:(?<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>days?|weeks?)|the\s+day)\s+(?<dir>after|before|earlier|later))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnaphoricOffset();

    [GeneratedRegex(@"\b(?i:the)\s+(?<rel>(?i:previous|preceding|following|next))\s+(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnaphoricWeekday();

    [GeneratedRegex(@"\b(?i:will|would|shall|ahead\s+of|scheduled|threaten(?:s|ed)?\s+to|begins|starts)\b|'ll\b", RegexOptions.CultureInvariant)]
    private static partial Regex FutureCue();

    [GeneratedRegex(@"(?<!\b(?:be|been|being)\s+)\b(?!(?:hundred|need|speed|indeed|proceed|exceed|succeed)\b)[a-z]{2,}ed\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastParticiple();

    [GeneratedRegex(@"\b(?i:yesterday|today|tonight|tomorrow)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DeicticDay();

    [GeneratedRegex(@"\b(?i:(?<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>days?|weeks?|months?|years?)\s+ago)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?i:(?<rel>last|next|this|earlier\s+this|later\s+this)\s+(?<unit>week|month|year))\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeUnit();

    [GeneratedRegex(@"\b(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?<mon>" + MonthNames.FullPattern + @")\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"\b(?:(?<rel>(?i:last|next|this\s+coming|this|coming))\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?i:(?:in|over|within|during)\s+the\s+(?:coming|next|following)\s+(?:few\s+)?(?:days|weeks|months|years))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ComingPeriod();

    [GeneratedRegex(@"\b(?i:in|since|during|until|by|from|before|after|of|early|late|mid-)\s*(?<x>(?<y>(?:19|20)\d{2}))\b(?![-,.]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearAfterPreposition();

    [GeneratedRegex(@"\b(?i:in|since|during|until|by|from|before|after|early|late|mid-)\s*(?:(?i:the\s+(?:start|beginning|end|middle)\s+of)\s+)?(?<x>(?<mon>" + MonthNames.FullPattern + @"|Jan|Feb|Aug|Sept|Oct|Nov|Dec))\b\.?(?!\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAfterPreposition();
}
