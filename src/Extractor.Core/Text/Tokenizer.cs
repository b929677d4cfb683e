namespace Extractor.Core.Text;

/// <summary>
/// Splits text into tokens with exact offsets, the way news NER corpora are tokenized: punctuation
/// apart, possessive "'s" and "n't" apart, but numbers ("100,000", "3.5"), hyphenated words,
/// abbreviations ("U.S.", "Gen."), URLs and handles kept whole.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var end = ScanUrl(text, i);
            if (end == i) end = ScanClitic(text, i);
            if (end == i) end = ScanHandle(text, i);
            if (end == i) end = ScanAcronym(text, i);
            if (end == i && IsWordChar(c)) end = ScanWord(text, i);
            if (end == i) end = ScanPunctuation(text, i);
            tokens.Add(new Token(i, end));
            i = end;
        }

        return [.. tokens];
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static int ScanUrl(string text, int i)
    {
        var span = text.AsSpan(i);
        if (!span.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !span.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return i;
        }

        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        while (end > i && ".,;:!?)\"'\u201D\u2019]".Contains(text[end - 1])) end--;
        return end;
    }

    /// <summary>The "'s" of "Colombia's" (split off by <see cref="ScanWord"/>) as one token.</summary>
    private static int ScanClitic(string text, int i)
    {
        if (!IsApostrophe(text[i]) || i == 0 || !IsWordChar(text[i - 1]) || i + 1 >= text.Length || !IsClitic(text, i + 1)) return i;
        var end = i + 1;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return end;
    }

    private static int ScanHandle(string text, int i)
    {
        if (text[i] is not ('@' or '#') || i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])) return i;
        if (i > 0 && IsWordChar(text[i - 1])) return i;
        var end = i + 1;
        while (end < text.Length && (IsWordChar(text[end]) || text[end] == '_')) end++;
        return end;
    }

    private static int ScanWord(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if ((c is '-' or '&') && IsWordChar(next) && i > start)
            {
                i++;
                continue;
            }

            if ((c is ',' or '.') && char.IsDigit(next) && char.IsDigit(text[i - 1]) && IsNumberSoFar(text, start, i))
            {
                i++;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(next))
            {
                // "Colombia's" -> "Colombia" + "'s"; "don't" -> "do" + "n't"; "O'Brien" stays whole.
                if (IsClitic(text, i + 1)) break;
                if (char.ToLowerInvariant(text[i - 1]) == 'n' && (next is 't' or 'T') && !(i + 2 < text.Length && IsWordChar(text[i + 2])))
                {
                    return i - 1 > start ? i - 1 : i + 2;
                }

                i++;
                continue;
            }

            if (c == '.' && IsAbbreviation(text, start, i)) return i + 1;
            break;
        }

        return i;
    }

    /// <summary>"U.S.", "U.N.", "a.m.": single letters each followed by a period; "U.S.-backed" with its hyphenated word.</summary>
    private static int ScanAcronym(string text, int i)
    {
        var end = i;
        while (end + 1 < text.Length && char.IsLetter(text[end]) && text[end + 1] == '.'
               && (end == i || !IsWordChar(text[end - 1]) || text[end - 1] == '.'))
        {
            end += 2;
        }

        var letters = (end - i) / 2;
        var followedByWord = end < text.Length && IsWordChar(text[end]);
        if (letters < 2 || followedByWord) return i;
        // "U.S.-backed" is one word, as hyphenated words are.
        var hyphenated = end + 1 < text.Length && text[end] == '-' && IsWordChar(text[end + 1]);
        return hyphenated ? ScanWord(text, end + 1) : end;
    }

    private static bool IsNumberSoFar(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsDigit(text[k]) && text[k] is not (',' or '.')) return false;
        }

        return true;
    }

    private static bool IsClitic(string text, int i)
    {
        var rest = text.AsSpan(i);
        foreach (var clitic in (ReadOnlySpan<string>)["s", "S", "re", "ve", "ll", "d", "m"])
        {
            if (rest.StartsWith(clitic, StringComparison.Ordinal) && (rest.Length == clitic.Length || !IsWordChar(rest[clitic.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAbbreviation(string text, int start, int dot)
    {
        var word = text.AsSpan(start, dot - start);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "J. Smith", "U."
        if (Abbreviations.IsKnown(word)) return true;
        return false;
    }

    private static int ScanPunctuation(string text, int i)
    {
        var c = text[i];
        var end = i + 1;
        if (c is '.' or '-' or '?' or '!')
        {
            while (end < text.Length && text[end] == c) end++;
        }

        return end;
    }
}
