namespace Extractor.Core.Entities;

/// <summary>
/// Text the tagger may take for a name that no name looks like: social handles and hashtags ("@AmyKup"),
/// web addresses, and the random ids of embedded posts ("KQLpngeTbO" from a pic.twitter.com link).
/// Names have at most two capitals inside a word ("McDonald", "GlaxoSmithKline"), and never run across a dash
/// set between spaces ("Adviser John Bolton — Morrison" is two names).
/// </summary>
public static class NameShapes
{
    private const int MaxInnerCapitals = 2;

    private static readonly string[] SpacedDashes = [" \u2014 ", " \u2013 ", " -- ", " - "];

    /// <summary>The mention, or its parts between spaced dashes, each trimmed to its own text.</summary>
    public static IEnumerable<Mention> Parts(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var from = 0;
        var text = mention.Text;
        while (true)
        {
            var (at, length) = NextDash(text, from);
            var end = at < 0 ? text.Length : at;
            if (end > from)
            {
                yield return at < 0 && from == 0 ? mention : mention with { Start = mention.Start + from, End = mention.Start + end, Text = text[from..end] };
            }

            if (at < 0) yield break;
            from = at + length;
        }
    }

    private static (int At, int Length) NextDash(string text, int from)
    {
        var best = (At: -1, Length: 0);
        foreach (var dash in SpacedDashes)
        {
            var at = text.IndexOf(dash, from, StringComparison.Ordinal);
            if (at >= 0 && (best.At < 0 || at < best.At)) best = (at, dash.Length);
        }

        return best;
    }

    public static bool IsPlausible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('@', StringComparison.Ordinal) || text.Contains('#', StringComparison.Ordinal)
            || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Skip(1).Count(char.IsUpper) > MaxInnerCapitals && word.Any(char.IsLower)) return false;
        }

        return true;
    }
}
