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

    /// <summary>
    /// The sentences that start at or after <paramref name="offset"/>, as a document of their own with offsets
    /// counted from there: a headline analysed with its body, then the body alone, without tokenizing it twice.
    /// </summary>
    public Document From(int offset)
    {
        var firstSentence = 0;
        while (firstSentence < Sentences.Count && Sentences[firstSentence].Start < offset) firstSentence++;
        var firstToken = firstSentence < Sentences.Count ? Sentences[firstSentence].FirstToken : Tokens.Count;
        var tokens = new Token[Tokens.Count - firstToken];
        for (var i = 0; i < tokens.Length; i++) tokens[i] = new Token(Tokens[firstToken + i].Start - offset, Tokens[firstToken + i].End - offset);
        var sentences = new Sentence[Sentences.Count - firstSentence];
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = Sentences[firstSentence + i];
            sentences[i] = new Sentence(sentence.Start - offset, sentence.End - offset, sentence.FirstToken - firstToken, sentence.TokenCount);
        }

        return new Document(Text[offset..], tokens, sentences);
    }

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
