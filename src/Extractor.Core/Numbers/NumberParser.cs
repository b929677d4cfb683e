using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Numbers;

/// <summary>
/// Finds counts written as digits ("166", "100,000", "1.5"), words ("seven", "twenty-five"), with a
/// scale ("68 million", "2bn") and a qualifier ("at least 12", "more than 300"). Vague plurals
/// ("dozens", "hundreds", "thousands") give their floor (24, 200, 2,000) with <see cref="NumberBound.Vague"/>:
/// a floor is a true lower bound an analyst can aggregate, where null would drop the report.
/// </summary>
public static partial class NumberParser
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["dozen"] = 12,
        ["hundred"] = 100,
        ["thousand"] = 1000,
    };

    private static readonly Dictionary<string, decimal> VagueFloors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 24,
        ["scores"] = 40,
        ["hundreds"] = 200,
        ["thousands"] = 2_000,
        ["tens of thousands"] = 20_000,
        ["hundreds of thousands"] = 200_000,
        ["millions"] = 2_000_000,
    };

    /// <summary>Every number in <paramref name="text"/>[start..end), in text order.</summary>
    public static IReadOnlyList<NumberMention> Find(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<NumberMention>();
        for (var match = CountPattern().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            if (TryValue(match, out var value))
            {
                found.Add(new NumberMention(match.Index, match.Index + match.Length, value, BoundOf(match.Groups["qual"].Value)));
            }
        }

        for (var match = VaguePattern().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            if (found.Exists(n => n.Start < match.Index + match.Length && match.Index < n.End)) continue;
            found.Add(new NumberMention(match.Index, match.Index + match.Length, VagueFloors[match.Groups["vague"].Value], NumberBound.Vague));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    public static IReadOnlyList<NumberMention> Find(string text) => Find(text, 0, text?.Length ?? 0);

    /// <summary>The value of a number written alone: "seven", "100,000", "68 million", "1.5 billion", "2bn".</summary>
    public static decimal? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = CountPattern().Match(text.Trim());
        return match.Success && match.Length == text.Trim().Length && TryValue(match, out var value) ? value : null;
    }

    internal static bool TryValue(Match match, out decimal value)
    {
        value = 0;
        var number = match.Groups["num"].Value;
        if (!TryNumber(number, out var baseValue)) return false;
        var scale = ScaleOf(match.Groups["scale"].Value);
        if (baseValue > decimal.MaxValue / scale) return false;
        value = baseValue * scale;
        return true;
    }

    internal static decimal ScaleOf(string scale) => scale.ToLowerInvariant() switch
    {
        "hundred" => 100m,
        "thousand" or "k" => 1_000m,
        "million" or "m" or "mn" => 1_000_000m,
        "billion" or "bn" or "b" => 1_000_000_000m,
        "trillion" or "tn" => 1_000_000_000_000m,
        _ => 1m,
    };

    private static bool TryNumber(string number, out decimal value)
    {
        if (char.IsDigit(number[0]))
        {
            return decimal.TryParse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        value = 0;
        foreach (var part in number.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals("a", StringComparison.OrdinalIgnoreCase)) continue;
            if (!Words.TryGetValue(part, out var word)) return false;
            value = word is 100 or 1000 && value > 0 ? value * word : value + word;
        }

        return true;
    }

    private static NumberBound BoundOf(string qualifier) => qualifier.ToLowerInvariant() switch
    {
        "" => NumberBound.Exact,
        "at least" or "no fewer than" or "not less than" => NumberBound.AtLeast,
        "more than" or "over" or "upwards of" => NumberBound.MoreThan,
        "up to" or "at most" => NumberBound.AtMost,
        "fewer than" or "less than" or "under" or "nearly" or "almost" => NumberBound.LessThan,
        _ => NumberBound.About,
    };

    internal const string NumberCore =
        @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen|hundred|thousand)(?![\w-]))";

    internal const string Scale = @"(?:(?<scale>bn|mn|tn|m|k)\b|\s+(?<scale>hundred|thousand|million|billion|trillion)\b)?";

    [GeneratedRegex(@"(?<![\w.,$€£¥-])(?:(?<qual>at least|no fewer than|not less than|more than|over|upwards of|nearly|almost|close to|about|around|roughly|approximately|some|an estimated|up to|at most|fewer than|less than|under)\s+)?" + NumberCore + Scale, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"\b(?<vague>tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VaguePattern();
}
