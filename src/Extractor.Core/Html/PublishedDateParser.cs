using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Html;

/// <summary>
/// Reads a publication date from the forms pages use: ISO 8601 timestamps (the date as written, in the
/// publisher's own offset), compact <c>20240512</c>, RFC 1123, and date folders in URLs.
/// </summary>
public static partial class PublishedDateParser
{
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return Date(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return Plausible(DateOnly.FromDateTime(parsed.DateTime));
        }

        return null;
    }

    public static DateOnly? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var match = UrlDate().Match(url);
        return match.Success ? Date(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) : null;
    }

    private static DateOnly? Date(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? Plausible(new DateOnly(y, m, d)) : null;
    }

    private static DateOnly? Plausible(DateOnly date) => date.Year is >= 1990 and <= 2100 ? date : null;

    [GeneratedRegex(@"^(?<y>\d{4})-?(?<m>\d{2})-?(?<d>\d{2})(?:$|[T\s])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?:[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})|(?<m>\d{2})(?<d>\d{2}))(?=[/._-]|$)")]
    private static partial Regex UrlDate();
}
