using System.Text;

namespace Extractor.Core.Gazetteers;

/// <summary>
/// The key a name is looked up by: lower case, Latin diacritics removed, typographic apostrophes and
/// dashes made plain, so "Bogotá" and "Bogota", "Colombia’s" and "Colombia's" meet. Written out by
/// hand because the project runs with invariant globalization, where Unicode normalization is unavailable.
/// </summary>
public static class NameFolding
{
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿžźżšśşţťłğŕřßșț";
    private const string Plain = "aaaaaaaaacccddeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzsssttlgrrsst";

    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c < 128)
            {
                builder.Append(c);
                continue;
            }

            var index = Accented.IndexOf(c, StringComparison.Ordinal);
            builder.Append(index >= 0 ? Plain[index] : Replace(c));
        }

        return builder.ToString();
    }

    private static char Replace(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '\u00B4' or '`' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
        _ => c,
    };
}
