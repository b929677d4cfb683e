using Extractor.Core.Text;

namespace Extractor.Core.Entities;

/// <summary>
/// Words news copy writes in lower case (corpora/gazetteers/ordinary-words.txt, counted in a news corpus): one
/// that is capitalised only because it opens a sentence ("Given the delays", "Certainly not") is that word, not
/// a one-word name, whatever the tagger made of it.
/// </summary>
public sealed class OrdinaryWords
{
    public const string FileName = "ordinary-words.txt";

    private readonly HashSet<string> words;

    public OrdinaryWords(IEnumerable<string> words)
    {
        this.words = new HashSet<string>(words, StringComparer.Ordinal);
    }

    public static OrdinaryWords None { get; } = new([]);

    public static OrdinaryWords Load(string gazetteerDirectory) =>
        new(File.ReadLines(Path.Combine(gazetteerDirectory, FileName)).Where(line => line.Length > 0));

    /// <summary>Is the mention one ordinary word with nothing but punctuation before it in its sentence?</summary>
    public bool OpensSentence(Document document, Mention mention)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Text.Contains(' ', StringComparison.Ordinal) || !words.Contains(mention.Text.ToLowerInvariant())) return false;
        var sentence = document.SentenceAt(mention.Start);
        if (sentence < 0) return false;
        var start = document.Sentences[sentence].Start;
        foreach (var c in document.Text.AsSpan(start, mention.Start - start))
        {
            if (char.IsLetterOrDigit(c)) return false;
        }

        return true;
    }
}
