namespace Extractor.Core.Gazetteers;

/// <summary>
/// The key a name is looked up by: lower case, Latin diacritics removed, typographic apostrophes and
/// dashes made plain, so "Bogotá" and "Bogota", "Colombia’s" and "Colombia's" meet. Written out by
/// hand because the project runs with invariant globalization, where Unicode normalization is unavailable.
/// </summary>
public static class NameFolding
{
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿžźżšśşţťłğŕřßșțḩḥṣṭẓḍḑẖ";
    private const string Plain = "aaaaaaaaacccddeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzsssttlgrrssthhstzddh";

    public static string Fold(ReadOnlySpan<char> text)
    {
        // Every fold maps one character to one, so the result has the length of the input.
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (c >= 128)
            {
                var index = Accented.IndexOf(c, StringComparison.Ordinal);
                c = index >= 0 ? Plain[index] : Replace(c);
            }

            buffer[i] = c;
        }

        return new string(buffer);
    }

    private static char Replace(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BB' or '\u02BC' or '\u00B4' or '`' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
        _ => c,
    };
}
