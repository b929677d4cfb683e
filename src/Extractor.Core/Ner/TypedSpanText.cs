namespace Extractor.Core.Ner;

/// <summary>A tagged span's words, its type (PER/ORG/LOC/MISC) and the tagger's mean confidence in it.</summary>
public sealed record TypedSpanText(IReadOnlyList<string> Words, string Type, double Confidence)
{
    public string Text { get; } = string.Join(' ', Words);
}
