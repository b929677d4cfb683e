namespace Extractor.Core.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a line break, or after ".", "!", "?" (and any
/// closing quotes or brackets) when the next token opens a sentence; a period that belongs to an
/// abbreviation or an initial is part of its token and only ends a sentence when the abbreviation
/// is not a title and the next token clearly starts a new one.
/// </summary>
public static class SentenceSplitter
{
    public static Sentence[] Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(tokens.Count / 20 + 1);
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var isLast = i == tokens.Count - 1;
            if (isLast || EndsSentence(text, tokens, i))
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[i].End, first, i - first + 1));
                first = i + 1;
            }
        }

        return [.. sentences];
    }

    public static Document Analyze(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return new Document(text, tokens, Split(text, tokens));
    }

    private static bool EndsSentence(string text, IReadOnlyList<Token> tokens, int i)
    {
        var next = tokens[i + 1];
        if (HasLineBreak(text, tokens[i].End, next.Start)) return true;

        var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
        if (IsClosing(token))
        {
            // The closer ends the sentence when the punctuation before it did: `... peace."`
            var k = i;
            while (k > 0 && IsClosing(text.AsSpan(tokens[k].Start, tokens[k].Length))) k--;
            var before = text.AsSpan(tokens[k].Start, tokens[k].Length);
            return k < i && IsTerminal(before) && OpensSentence(text, next);
        }

        if (IsClosing(text.AsSpan(next.Start, next.Length))) return false;
        if (IsTerminal(token)) return OpensSentence(text, next);

        if (token.Length > 1 && token[^1] == '.')
        {
            // An abbreviation with its period: "... in the U.S. The ..." ends; "Gen. Smith" does not.
            var word = token[..^1];
            if (Abbreviations.IsTitle(word) || (word.Length == 1 && char.IsUpper(word[0]))) return false;
            return OpensSentence(text, next) && IsCommonSentenceStart(text.AsSpan(next.Start, next.Length));
        }

        return false;
    }

    private static bool HasLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static bool IsTerminal(ReadOnlySpan<char> token) =>
        token.Length > 0 && token[0] is '.' or '!' or '?' && token.Trim(".!?").IsEmpty;

    private static bool IsClosing(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool OpensSentence(string text, Token next)
    {
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018' or '(' or '[' or '\u00AB';
    }

    private static bool IsCommonSentenceStart(ReadOnlySpan<char> word) =>
        word is "The" or "A" or "An" or "In" or "It" or "He" or "She" or "They" or "We" or "But" or "This"
            or "That" or "On" or "At" or "As" or "After" or "Since" or "When" or "There" or "Its" or "His" or "Her";
}
