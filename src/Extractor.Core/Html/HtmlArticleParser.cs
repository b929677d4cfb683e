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

    /// <summary>A stated JSON-LD body shorter than this is a summary, not the article.</summary>
    private const int MinStatedBody = 500;

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

        text = PreferStatedBody(text, jsonLd?.ArticleBody);
        var kind = PageClassifier.Classify(text, metadata.Title, body, jsonLd);
        var article = new Article(source, metadata.Title, metadata.Published, metadata.Authors, metadata.Language, text);
        return new ParsedPage(article, kind);
    }

    /// <summary>
    /// A page that states its body in JSON-LD knows it best; when the DOM gave much less than that,
    /// the scorer picked a fragment (or the body is rendered by script), so the stated body wins.
    /// </summary>
    private static string PreferStatedBody(string extracted, string? statedBody)
    {
        if (statedBody is null || statedBody.Length < MinStatedBody || extracted.Length >= statedBody.Length / 2
            || statedBody.Contains('<', StringComparison.Ordinal))
        {
            return extracted;
        }

        var paragraphs = statedBody.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return string.Join("\n\n", paragraphs);
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
