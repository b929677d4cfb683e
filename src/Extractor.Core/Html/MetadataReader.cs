using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extractor.Core.Html;

/// <summary>
/// Reads title, publication date, authors and language, trusting the most explicit source first:
/// JSON-LD, then meta tags (Open Graph, Dublin Core, common publisher tags), then markup
/// (<c>h1</c>, <c>time</c>, bylines), then the URL.
/// </summary>
public static partial class MetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "article.published", "dc.date.issued", "dcterms.issued", "dc.date",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "originalpublicationdate", "date",
    ];

    private static readonly string[] AuthorMetaNames =
    [
        "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl",
    ];

    public static PageMetadata Read(IDocument document, string source, JsonLdArticle? jsonLd)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = MetaValues(document);
        return new PageMetadata(
            Title(document, meta, jsonLd),
            Published(document, meta, source, jsonLd),
            Authors(document, meta, jsonLd),
            Language(document, meta, jsonLd));
    }

    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content")?.Trim();
            if (key is not null && !string.IsNullOrEmpty(content))
            {
                values.TryAdd(key.Trim(), content);
            }
        }

        return values;
    }

    private static string? Title(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        var title = jsonLd?.Headline
            ?? meta.GetValueOrDefault("og:title")
            ?? meta.GetValueOrDefault("twitter:title")
            ?? document.QuerySelector("h1")?.TextContent
            ?? document.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = Whitespace().Replace(title, " ").Trim();
        var siteName = meta.GetValueOrDefault("og:site_name");
        var suffix = SiteSuffix().Match(title);
        if (suffix.Success && (siteName is null || suffix.Groups["site"].Value.Contains(siteName, StringComparison.OrdinalIgnoreCase)
            || siteName.Contains(suffix.Groups["site"].Value, StringComparison.OrdinalIgnoreCase)))
        {
            title = title[..suffix.Index].Trim();
        }

        return title;
    }

    private static DateOnly? Published(IDocument document, Dictionary<string, string> meta, string source, JsonLdArticle? jsonLd)
    {
        var fromTags = PublishedDateParser.Parse(jsonLd?.DatePublished);
        foreach (var name in DateMetaNames)
        {
            fromTags ??= PublishedDateParser.Parse(meta.GetValueOrDefault(name));
        }

        if (fromTags is not null)
        {
            return fromTags;
        }

        var time = document.QuerySelector("time[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]");
        var fromTime = PublishedDateParser.Parse(time?.GetAttribute("datetime"));
        if (fromTime is not null)
        {
            return fromTime;
        }

        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        return PublishedDateParser.FromUrl(canonical)
            ?? PublishedDateParser.FromUrl(meta.GetValueOrDefault("og:url"))
            ?? PublishedDateParser.FromUrl(source.Replace('\\', '/'));
    }

    private static List<string> Authors(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        IEnumerable<string> names = jsonLd?.Authors ?? [];
        if (!names.Any())
        {
            var value = AuthorMetaNames.Select(meta.GetValueOrDefault).FirstOrDefault(v => v is not null && !LooksLikeUrl(v));
            names = value is null ? [] : NameSeparator().Split(value);
        }

        if (!names.Any())
        {
            names = document.QuerySelectorAll("[rel=author], [itemprop=author], .author-name, .byline__name")
                .Select(element => element.TextContent);
        }

        return names
            .Select(name => Byline().Replace(Whitespace().Replace(name.Split('|')[0], " ").Trim(), string.Empty).Trim())
            .Where(name => name.Length is > 1 and <= 60 && !LooksLikeUrl(name) && !name.Any(char.IsDigit))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static string Language(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        var candidates = new[]
        {
            document.DocumentElement?.GetAttribute("lang"),
            meta.GetValueOrDefault("og:locale"),
            jsonLd?.Language,
            meta.GetValueOrDefault("content-language"),
        };
        foreach (var candidate in candidates)
        {
            var match = candidate is null ? Match.Empty : LanguageCode().Match(candidate);
            if (match.Success)
            {
                return match.Groups["code"].Value.ToLowerInvariant();
            }
        }

        return "en";
    }

    private static bool LooksLikeUrl(string value) =>
        value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.Contains("://", StringComparison.Ordinal) || value.StartsWith('/');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+[|\-–—:]\s+(?<site>[^|\-–—:]{2,40})$")]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?:by|written by|posted by)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\s*(?<code>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")]
    private static partial Regex LanguageCode();
}
