using System.Text;
using Extractor.Core.Gazetteers;

namespace Extractor.Core.Entities;

/// <summary>Ids for entities no gazetteer knows: "&lt;type&gt;:&lt;slug of the canonical name&gt;".</summary>
public static class EntityIds
{
    public static string For(EntityType type, string name) => $"{type.ToCode()}:{Slug(name)}";

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
