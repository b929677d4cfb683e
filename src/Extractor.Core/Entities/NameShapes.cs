namespace Extractor.Core.Entities;

/// <summary>
/// Text the tagger may take for a name that no name looks like: social handles and hashtags ("@AmyKup"),
/// web addresses, and the random ids of embedded posts ("KQLpngeTbO" from a pic.twitter.com link).
/// Names have at most two capitals inside a word ("McDonald", "GlaxoSmithKline").
/// </summary>
public static class NameShapes
{
    private const int MaxInnerCapitals = 2;

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
