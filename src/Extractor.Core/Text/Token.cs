namespace Extractor.Core.Text;

/// <summary>A token as a half-open range of UTF-16 offsets into <see cref="Document.Text"/>.</summary>
public readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;
}
