namespace Extractor.Core.Text;

/// <summary>A sentence: its character range and the range of token indexes it covers.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
