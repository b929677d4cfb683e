namespace Extractor.Core.Html;

/// <summary>
/// Counts over one element's subtree, gathered in a single pass by <see cref="PageStatistics"/>;
/// <see cref="ParagraphTextLength"/> is the text inside <c>p</c> elements that is not link text.
/// </summary>
public record struct BlockStatistics(int TextLength, int LinkLength, int Commas, int Paragraphs, int Images, int ListItems, int Inputs, int ParagraphTextLength)
{
    /// <summary>Share of the text that sits inside links (0 when there is no text).</summary>
    public readonly double LinkDensity => TextLength == 0 ? 0 : Math.Min(1.0, (double)LinkLength / TextLength);

    public static BlockStatistics operator +(BlockStatistics a, BlockStatistics b) => new(
        a.TextLength + b.TextLength,
        a.LinkLength + b.LinkLength,
        a.Commas + b.Commas,
        a.Paragraphs + b.Paragraphs,
        a.Images + b.Images,
        a.ListItems + b.ListItems,
        a.Inputs + b.Inputs,
        a.ParagraphTextLength + b.ParagraphTextLength);
}
