using System.Text;

namespace Extractor.Web.Pages;

/// <summary>Renders a window of article text as encoded HTML with spans marked from their offsets.</summary>
public static class TextHighlighter
{
    /// <param name="text">The window of text, starting at article offset <paramref name="windowStart"/>.</param>
    /// <param name="windowStart">The article offset of the window's first character.</param>
    /// <param name="highlights">Spans in article offsets; overlapping ones after the first are dropped.</param>
    public static string Render(string text, int windowStart, IEnumerable<Highlight> highlights)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        var position = 0;
        foreach (var highlight in highlights.OrderBy(h => h.Start).ThenByDescending(h => h.End))
        {
            var start = highlight.Start - windowStart;
            var end = Math.Min(highlight.End - windowStart, text.Length);
            if (start < position || end <= start)
            {
                continue;
            }

            html.Append(HtmlPage.Encode(text[position..start]))
                .Append("<mark class=\"").Append(HtmlPage.Encode(highlight.CssClass)).Append("\">")
                .Append(HtmlPage.Encode(text[start..end])).Append("</mark>");
            position = end;
        }

        return html.Append(HtmlPage.Encode(text[position..])).ToString();
    }
}
