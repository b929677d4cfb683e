using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extractor.Core.Html;

/// <summary>
/// Writes the text of the content elements as paragraphs separated by a blank line, one per block
/// (paragraph, heading, list item, quote), leaving out the headline, blocks that are mostly links,
/// and containers that look like furniture (mostly links, images or form fields, few words).
/// </summary>
public sealed partial class BodyTextWriter
{
    private const char LineBreak = '\u2028';
    private const int MaxBylineLength = 100;

    private readonly PageStatistics statistics;
    private readonly Func<IElement, bool> isExcluded;
    private readonly bool cleanConditionally;
    private readonly List<string> blocks = [];
    private readonly StringBuilder current = new();
    private int linkCharacters;
    private int linkDepth;

    public BodyTextWriter(PageStatistics statistics, Func<IElement, bool> isExcluded, bool cleanConditionally)
    {
        this.statistics = statistics;
        this.isExcluded = isExcluded;
        this.cleanConditionally = cleanConditionally;
    }

    public string Write(IEnumerable<IElement> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        blocks.Clear();
        foreach (var element in content)
        {
            Visit(element);
            Flush();
        }

        return string.Join("\n\n", blocks);
    }

    private void Visit(INode node)
    {
        if (node is IText text)
        {
            current.Append(text.Data);
            if (linkDepth > 0)
            {
                linkCharacters += TextMeasures.VisibleLength(text.Data);
            }

            return;
        }

        if (node is not IElement element || isExcluded(element))
        {
            return;
        }

        switch (element.LocalName)
        {
            case "br":
                current.Append(LineBreak);
                return;
            case "h1" or "figcaption":
                return;
        }

        var isBlock = BoilerplateHints.IsBlock(element);
        if (isBlock && (BoilerplateHints.IsFurnitureInsideContent(element) || (cleanConditionally && LooksLikeFurniture(element, statistics[element]))))
        {
            return;
        }

        if (isBlock)
        {
            Flush();
        }

        var isLink = element.LocalName == "a";
        linkDepth += isLink ? 1 : 0;
        foreach (var child in element.ChildNodes)
        {
            Visit(child);
        }

        linkDepth -= isLink ? 1 : 0;
        if (isBlock)
        {
            Flush();
        }
    }

    private void Flush()
    {
        var text = Whitespace().Replace(current.ToString(), " ");
        text = LineBreaks().Replace(text, "\n").Trim();
        var length = text.Length;
        var linkShare = length == 0 ? 0 : (double)linkCharacters / length;
        current.Clear();
        linkCharacters = 0;
        if (length == 0 || linkShare > 0.6 || AdvertisementLabel().IsMatch(text) || (length < MaxBylineLength && Byline().IsMatch(text)))
        {
            return;
        }

        blocks.Add(text);
    }

    /// <summary>
    /// A container with few commas that is mostly links, images, form fields or list items rather
    /// than paragraphs is navigation or a teaser grid, not article text.
    /// </summary>
    private static bool LooksLikeFurniture(IElement element, BlockStatistics measured)
    {
        if (element.LocalName is not ("div" or "section" or "table" or "ul" or "ol" or "dl" or "form" or "fieldset" or "figure")
            || BoilerplateHints.IsEmbeddedPost(element))
        {
            return false;
        }

        var weight = BoilerplateHints.ClassWeight(element);
        if (weight < 0)
        {
            return true;
        }

        if (measured.Commas >= 10)
        {
            return false;
        }

        var isList = element.LocalName is "ul" or "ol" or "dl";
        var paragraphs = measured.Paragraphs;
        var images = measured.Images;
        var listItems = measured.ListItems - 100;
        var inputs = measured.Inputs;
        var length = measured.TextLength;
        var linkDensity = measured.LinkDensity;
        return (images > 1 && (double)paragraphs / images < 0.5)
            || (!isList && listItems > paragraphs)
            || inputs > paragraphs / 3
            || (!isList && length < 25 && (images == 0 || images > 2))
            || (weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5);
    }

    /// <summary>A byline or time stamp line ("By Ann Lee - 11/18/19", "Updated at 1:23 p.m.") is not body text.</summary>
    [GeneratedRegex(@"^(?:(?:By|BY|by)\s+\p{Lu}|(?i:published|updated|posted|last updated)\b)")]
    private static partial Regex Byline();

    [GeneratedRegex(@"[^\S\u2028]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" ?\u2028 ?")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"^(?:advert|advertisement|advertising|sponsored|ad|story continues below(?: advertisement)?|continue reading(?: below)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex AdvertisementLabel();
}
