namespace Extractor.Core.Entities;

/// <summary>Acronyms and the names they abbreviate: "ELN" for "Ejército de Liberación Nacional".</summary>
public static class Acronyms
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "de", "del", "la", "las", "los", "el", "y", "des", "du", "le", "et", "&",
    };

    public static bool IsAcronym(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
            else if (c is not ('.' or '-' or '&') && !char.IsDigit(c)) return false;
        }

        return letters is >= 2 and <= 8;
    }

    /// <summary>The capital initials of a name's content words ("National Liberation Army" → "NLA").</summary>
    public static string Initials(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var initials = new System.Text.StringBuilder();
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Skipped.Contains(word) || !char.IsLetter(word[0])) continue;
            initials.Append(char.ToUpperInvariant(word[0]));
        }

        return initials.ToString();
    }

    public static bool Abbreviates(string acronym, string name) =>
        IsAcronym(acronym) && name.Contains(' ', StringComparison.Ordinal)
        && string.Equals(acronym.Replace(".", string.Empty, StringComparison.Ordinal), Initials(name), StringComparison.Ordinal);
}
