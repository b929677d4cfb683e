using System.Xml.Linq;

namespace Extractor.Ingest.Feeds;

/// <summary>Reads RSS 2.0 items (also RSS 1.0/RDF, which has the same item fields).</summary>
public static class RssFeedReader
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static IReadOnlyList<DiscoveredLink> Read(XDocument document, Uri documentUrl)
    {
        var root = document.Root;
        if (root is null)
        {
            return [];
        }

        var channelLanguage = SafeXml.Text(root.Descendants().FirstOrDefault(e => e.Name.LocalName == "channel")?.Elements().FirstOrDefault(e => e.Name.LocalName == "language"));
        var links = new List<DiscoveredLink>();
        foreach (var item in root.Descendants().Where(e => e.Name.LocalName == "item"))
        {
            var href = SafeXml.Text(Child(item, "link")) ?? PermalinkGuid(item);
            var url = SafeXml.ResolveLink(href, documentUrl);
            if (url is null)
            {
                continue;
            }

            var published = FeedDates.Parse(SafeXml.Text(Child(item, "pubDate")) ?? SafeXml.Text(item.Element(Dc + "date")));
            var language = SafeXml.Text(item.Element(Dc + "language")) ?? channelLanguage;
            links.Add(new DiscoveredLink(url, SafeXml.Text(Child(item, "title")), published, language));
        }

        return links;
    }

    private static XElement? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName && e.Name.Namespace != Dc);

    // RSS 2.0: a guid is a permalink unless isPermaLink="false".
    private static string? PermalinkGuid(XElement item)
    {
        var guid = Child(item, "guid");
        return guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
            ? SafeXml.Text(guid)
            : null;
    }
}
