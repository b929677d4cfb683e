using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extractor.Core.Articles;

namespace Extractor.Core.Html;

/// <summary>
/// Reads an article from an HTML page: metadata from JSON-LD, meta tags, markup and URL; the body
/// by scoring the DOM for the block of prose and writing it without page furniture.
/// </summary>
public sealed class HtmlArticleParser
{
    /// <summary>Below this many characters a strict pass probably dropped the article; retry looser.</summary>
    private const int RetryBelow = 250;

    private readonly HtmlParser parser = new(new HtmlParserOptions { IsScripting = false });

    public ParsedPage Parse(byte[] html, string source, string? declaredCharset = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(source);
        var markup = RawTextStripper.Strip(HtmlDecoder.Decode(html, source, declaredCharset));
        var document = parser.ParseDocument(markup);
        var body = document.Body ?? throw new ArticleParseException($"{source}: the page has no body");
        var jsonLd = JsonLdReader.Read(document.QuerySelectorAll("script[type='application/ld+json' i]").Select(s => s.TextContent));
        var metadata = MetadataReader.Read(document, source, jsonLd);
        var text = ExtractBody(body, strict: true);
        if (text.Length < RetryBelow)
        {
            var relaxed = ExtractBody(body, strict: false);
            text = relaxed.Length > text.Length ? relaxed : text;
        }

        var kind = PageClassifier.Classify(text, metadata.Title, body, jsonLd);
        var article = new Article(source, metadata.Title, metadata.Published, metadata.Authors, metadata.Language, text);
        return new ParsedPage(article, kind);
    }

    private static string ExtractBody(IElement body, bool strict)
    {
        Func<IElement, bool> isExcluded = strict ? IsFurniture : IsHiddenOrNeverContent;
        var statistics = new PageStatistics(body, isExcluded);
        var content = new ContentScorer(statistics, isExcluded, weighClasses: strict).SelectContent(body);
        return new BodyTextWriter(statistics, isExcluded, cleanConditionally: strict).Write(content);
    }

    private static bool IsFurniture(IElement element) =>
        element.LocalName is "nav" or "aside" or "footer"
        || IsHiddenOrNeverContent(element)
        || BoilerplateHints.IsUnlikelyCandidate(element);

    private static bool IsHiddenOrNeverContent(IElement element) =>
        BoilerplateHints.IsNeverContent(element) || BoilerplateHints.IsHidden(element);
}
