namespace Extractor.Core.Text;

/// <summary>
/// Is a text English prose the models can read? English running text is about a fifth function words
/// ("the", "of", "and" ...); German, Portuguese or Indonesian text has almost none, and the tagger would read
/// its capitalised words as names. Text mostly in another script is not English either. A page's declared
/// language is not enough: sites declare "en" for every page, and `.txt` articles declare nothing.
/// </summary>
public static class EnglishText
{
    /// <summary>Below this many words a text is too short to judge, and is taken as English.</summary>
    private const int MinimumWords = 40;

    /// <summary>
    /// The function-word share below which a text is not English: English news pages 0.05 (lists) to 0.3, German, Portuguese,
    /// Indonesian and Russian pages under 0.01. Words English shares with them ("in", "a", "an") are not counted.
    /// </summary>
    private const double MinimumFunctionShare = 0.03;

    /// <summary>Scripts without spaces (Japanese, Chinese) have few "words": judged by their letters instead.</summary>
    private const int MinimumLetters = 40;

    /// <summary>The end of Unicode's Latin Extended-B block: English, with its borrowed accents ("Bogotá").</summary>
    private const char LastLatinLetter = '\u024F';

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "is", "that", "for", "on", "with", "as", "was", "by", "at", "it", "from",
        "be", "are", "has", "have", "his", "her", "he", "she", "they", "said", "this", "not", "but", "or", "were", "been",
    };

    public static bool IsLikely(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int words = 0, function = 0, letters = 0, latin = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord)
            {
                letters++;
                if (text[i] <= LastLatinLetter) latin++;
            }

            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            words++;
            if (i - start <= 4 && FunctionWords.Contains(text[start..i].ToLowerInvariant())) function++;
            start = -1;
        }

        if (letters >= MinimumLetters && latin < letters / 2) return false;
        return words < MinimumWords || function >= MinimumFunctionShare * words;
    }
}
