namespace Extractor.Core.Text;

/// <summary>
/// The text of one article with its tokens and sentences as flat arrays of offsets; every later
/// stage views this text through offsets and never copies or edits it.
/// </summary>
public sealed class Document
{
    public Document(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public ReadOnlySpan<char> TokenSpan(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public string TokenText(int index) => TokenSpan(index).ToString();

    public string Slice(int start, int end) => Text[start..end];

    /// <summary>The index of the sentence that contains the character offset, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var sentence = Sentences[mid];
            if (offset < sentence.Start) high = mid - 1;
            else if (offset >= sentence.End) low = mid + 1;
            else return mid;
        }

        return -1;
    }
}
