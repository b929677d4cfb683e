using System.Security.Cryptography;
using System.Text;
using Extractor.Core.Gazetteers;

namespace Extractor.Core.Entities;

/// <summary>Ids for entities no gazetteer knows: "&lt;type&gt;:&lt;slug of the canonical name&gt;" (nominals add "~&lt;article hash&gt;").</summary>
public static class EntityIds
{
    public static string For(EntityType type, string name) => $"{type.ToCode()}:{Slug(name)}";

    /// <summary>
    /// "armed men" in one article is not "armed men" in another: a nominal entity's id ends with a hash of
    /// its article's text, so the registry never merges nominals across articles (reprocessing keeps the id).
    /// </summary>
    public static string ForNominal(EntityType type, string name, string articleText)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(articleText));
        return $"{For(type, name)}~{Convert.ToHexStringLower(hash)[..8]}";
    }

    /// <summary>Was the id made by <see cref="ForNominal"/>? (Slugs and gazetteer ids never hold "~".)</summary>
    public static bool IsNominal(string id) => id.Contains('~', StringComparison.Ordinal);

    public static string Slug(string name)
    {
        var folded = NameFolding.Fold(name);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }

        return slug.ToString().TrimEnd('-');
    }
}
