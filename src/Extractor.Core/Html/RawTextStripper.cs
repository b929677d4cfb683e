using System.Text;

namespace Extractor.Core.Html;

/// <summary>
/// Empties the elements a reader never sees as text (<c>script</c> except JSON-LD, <c>style</c>,
/// inline <c>svg</c> drawings) before the page is parsed: they are often half of a news page, and
/// the tokenizer would walk them character by character only for the extractor to throw them away.
/// </summary>
public static class RawTextStripper
{
    private static readonly string[] RawTextTags = ["script", "style", "svg"];

    public static string Strip(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        StringBuilder? slim = null;
        var copied = 0;
        var position = 0;
        while (position < markup.Length)
        {
            var open = markup.IndexOf('<', position);
            if (open < 0 || open + 6 >= markup.Length)
            {
                break;
            }

            var tag = markup[open + 1] is 's' or 'S' ? RawTextTag(markup, open) : null;
            if (tag is null)
            {
                position = open + 1;
                continue;
            }

            var openEnd = markup.IndexOf('>', open);
            if (openEnd < 0)
            {
                break;
            }

            var close = markup.IndexOf("</" + tag, openEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            var isJsonLd = markup.AsSpan(open, openEnd - open).Contains("ld+json", StringComparison.OrdinalIgnoreCase);
            if (!isJsonLd && close > openEnd + 1)
            {
                slim ??= new StringBuilder(markup.Length);
                slim.Append(markup, copied, openEnd + 1 - copied);
                copied = close;
            }

            position = close + 2;
        }

        if (slim is null)
        {
            return markup;
        }

        slim.Append(markup, copied, markup.Length - copied);
        return slim.ToString();
    }

    private static string? RawTextTag(string markup, int open)
    {
        var name = markup.AsSpan(open + 1);
        foreach (var tag in RawTextTags)
        {
            if (name.Length > tag.Length && name.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                && (char.IsWhiteSpace(name[tag.Length]) || name[tag.Length] is '>' or '/'))
            {
                return tag;
            }
        }

        return null;
    }
}
