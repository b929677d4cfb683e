using AngleSharp.Dom;

namespace Extractor.Core.Html;

/// <summary>Text length, link density and comma counts of DOM subtrees.</summary>
public static class TextMeasures
{
    /// <summary>Length of the text with runs of whitespace counted once.</summary>
    public static int VisibleLength(string text)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    length++;
                    inSpace = true;
                }
            }
            else
            {
                length++;
                inSpace = false;
            }
        }

        return inSpace && length > 0 ? length - 1 : length;
    }

    /// <summary>Share of the element's text that sits inside links (0 when it has no text).</summary>
    public static double LinkDensity(IElement element, int textLength)
    {
        if (textLength == 0)
        {
            return 0;
        }

        var linkLength = 0;
        foreach (var link in element.GetElementsByTagName("a"))
        {
            var href = link.GetAttribute("href");
            var weight = href is not null && href.StartsWith('#') ? 0.3 : 1.0;
            linkLength += (int)(VisibleLength(link.TextContent) * weight);
        }

        return Math.Min(1.0, (double)linkLength / textLength);
    }

    public static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、')
            {
                count++;
            }
        }

        return count;
    }
}
