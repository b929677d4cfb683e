using System.Text;
using AngleSharp.Html.Parser;
using Extractor.Core.Articles;

namespace Extractor.Core.Html;

/// <summary>Reads title and body paragraphs from an HTML page.</summary>
public sealed class HtmlArticleParser
{
    private readonly HtmlParser parser = new();

    public ParsedPage Parse(byte[] html, string source, string? declaredCharset = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0 || Array.IndexOf(html, (byte)0) >= 0)
        {
            throw new ArticleParseException($"{source}: not an HTML page (empty or binary content)");
        }

        var document = parser.ParseDocument(Encoding.UTF8.GetString(html));
        var paragraphs = document.QuerySelectorAll("p")
            .Select(p => p.TextContent.Trim())
            .Where(text => text.Length > 0);
        var text = string.Join("\n\n", paragraphs);
        var article = new Article(source, document.Title?.Trim(), null, [], "en", text);
        return new ParsedPage(article, PageKind.Article);
    }
}
