using System.Xml.Linq;

namespace Extractor.Ingest.Feeds;

/// <summary>
/// Reads XML sitemaps (urlset) and sitemap indexes (sitemapindex), including the Google News extension's
/// publication date, title and language.
/// </summary>
public static class SitemapReader
{
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    public static FeedContents Read(XDocument document, Uri documentUrl)
    {
        var root = document.Root;
        if (root is null)
        {
            return FeedContents.Empty;
        }

        if (root.Name.LocalName == "sitemapindex")
        {
            var children = root.Elements(Sitemap + "sitemap")
                .Select(sitemap => SafeXml.ResolveLink(SafeXml.Text(sitemap.Element(Sitemap + "loc")), documentUrl))
                .OfType<Uri>()
                .ToList();
            return new FeedContents([], children);
        }

        var links = new List<DiscoveredLink>();
        foreach (var entry in root.Elements(Sitemap + "url"))
        {
            var url = SafeXml.ResolveLink(SafeXml.Text(entry.Element(Sitemap + "loc")), documentUrl);
            if (url is null)
            {
                continue;
            }

            var news = entry.Element(News + "news");
            var published = FeedDates.Parse(SafeXml.Text(news?.Element(News + "publication_date")))
                ?? FeedDates.Parse(SafeXml.Text(entry.Element(Sitemap + "lastmod")));
            var language = SafeXml.Text(news?.Element(News + "publication")?.Element(News + "language"));
            links.Add(new DiscoveredLink(url, SafeXml.Text(news?.Element(News + "title")), published, language));
        }

        return new FeedContents(links, []);
    }
}
