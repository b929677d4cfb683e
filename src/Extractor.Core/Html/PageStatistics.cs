using AngleSharp.Dom;

namespace Extractor.Core.Html;

/// <summary>
/// Text length, link text, commas and tag counts for every element of a page, computed bottom-up in
/// one walk so that scoring and cleaning never re-read a subtree.
/// </summary>
public sealed class PageStatistics
{
    private readonly Dictionary<IElement, BlockStatistics> statistics = [];

    private readonly Func<IElement, bool> isExcluded;

    /// <param name="root">The element whose subtree is measured.</param>
    /// <param name="isExcluded">Subtrees left out of every count (never content, furniture).</param>
    public PageStatistics(IElement root, Func<IElement, bool> isExcluded)
    {
        ArgumentNullException.ThrowIfNull(root);
        this.isExcluded = isExcluded;
        Measure(root);
    }

    public BlockStatistics this[IElement element] =>
        statistics.TryGetValue(element, out var found) ? found : default;

    private BlockStatistics Measure(IElement element)
    {
        var total = default(BlockStatistics);
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement childElement)
            {
                if (isExcluded(childElement))
                {
                    continue;
                }

                total += Measure(childElement);
            }
            else if (child is IText text)
            {
                total.TextLength += TextMeasures.VisibleLength(text.Data);
                total.Commas += TextMeasures.Commas(text.Data);
            }
        }

        switch (element.LocalName)
        {
            case "a":
                var href = element.GetAttribute("href");
                total.LinkLength = href is not null && href.StartsWith('#') ? (int)(total.TextLength * 0.3) : total.TextLength;
                break;
            case "p":
                total.Paragraphs++;
                total.ParagraphTextLength = Math.Max(0, total.TextLength - total.LinkLength);
                break;
            case "img":
                total.Images++;
                break;
            case "li":
                total.ListItems++;
                break;
            case "input":
                total.Inputs++;
                break;
        }

        statistics[element] = total;
        return total;
    }
}
