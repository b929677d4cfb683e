using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Ingest.Feeds;

/// <summary>Parses the date forms feeds use: RFC 822 in RSS, RFC 3339 / W3C datetime in Atom and sitemaps.</summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00",
        ["UT"] = "+00:00",
        ["UTC"] = "+00:00",
        ["Z"] = "+00:00",
        ["EST"] = "-05:00",
        ["EDT"] = "-04:00",
        ["CST"] = "-06:00",
        ["CDT"] = "-05:00",
        ["MST"] = "-07:00",
        ["MDT"] = "-06:00",
        ["PST"] = "-08:00",
        ["PDT"] = "-07:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
    ];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso)
            && (char.IsDigit(trimmed[0]) || trimmed.Contains(',', StringComparison.Ordinal)))
        {
            return iso;
        }

        return ParseRfc822(trimmed);
    }

    private static DateTimeOffset? ParseRfc822(string text)
    {
        var withoutDay = DayName().Replace(text, string.Empty);
        var normalized = ZoneSuffix().Replace(withoutDay, match =>
        {
            var zone = match.Groups["zone"].Value;
            if (ZoneOffsets.TryGetValue(zone, out var offset))
            {
                return " " + offset;
            }

            return zone.Length == 5 ? $" {zone[..3]}:{zone[3..]}" : match.Value;
        });
        return DateTimeOffset.TryParseExact(normalized.Trim(), Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed
            : null;
    }

    [GeneratedRegex(@"^\s*[A-Za-z]{3,9},\s*")]
    private static partial Regex DayName();

    [GeneratedRegex(@"\s+(?<zone>[+-]\d{4}|[A-Za-z]{1,3})\s*$")]
    private static partial Regex ZoneSuffix();
}
