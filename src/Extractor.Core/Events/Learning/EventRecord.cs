namespace Extractor.Core.Events.Learning;

/// <summary>One annotated sentence of the event corpus (corpora/events/*.jsonl or the PLOVER gold standard).</summary>
public sealed record EventRecord(string Id, DateOnly? Published, string Text, IReadOnlyList<GoldEvent> Events)
{
    /// <summary>Offsets of the first occurrence of a span, or null when the span is not in the text.</summary>
    public (int Start, int End)? Find(string span)
    {
        var at = Text.IndexOf(span, StringComparison.Ordinal);
        return at < 0 ? null : (at, at + span.Length);
    }
}
