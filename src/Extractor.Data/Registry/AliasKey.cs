using System.Text;
using Extractor.Core.Gazetteers;

namespace Extractor.Data.Registry;

/// <summary>
/// The search key of a name: folded (lower case, no diacritics) with only letters and digits kept, so
/// "Ejército de Liberación Nacional", "ejercito de liberacion" and "Ejército-de" share a prefix, and
/// keys order the same under any database collation, which keeps prefix range scans on an index exact.
/// </summary>
public static class AliasKey
{
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = NameFolding.Fold(name);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) key.Append(c);
        }

        return key.ToString();
    }

    /// <summary>The smallest key greater than every key starting with <paramref name="prefix"/>.</summary>
    public static string UpperBound(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return prefix[..^1] + (char)(prefix[^1] + 1);
    }
}
