using System.Xml.Linq;

namespace Extractor.Ingest.Feeds;

/// <summary>Reads Atom (RFC 4287) entries: the alternate link, title, published (else updated), xml:lang.</summary>
public static class AtomFeedReader
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static IReadOnlyList<DiscoveredLink> Read(XDocument document, Uri documentUrl)
    {
        var feed = document.Root;
        if (feed is null)
        {
            return [];
        }

        var links = new List<DiscoveredLink>();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var url = SafeXml.ResolveLink(AlternateHref(entry), BaseFor(entry, documentUrl));
            if (url is null)
            {
                continue;
            }

            var published = FeedDates.Parse(SafeXml.Text(entry.Element(Atom + "published")) ?? SafeXml.Text(entry.Element(Atom + "updated")));
            var language = (string?)entry.Attribute(XNamespace.Xml + "lang") ?? (string?)feed.Attribute(XNamespace.Xml + "lang");
            links.Add(new DiscoveredLink(url, SafeXml.Text(entry.Element(Atom + "title")), published, language));
        }

        return links;
    }

    private static string? AlternateHref(XElement entry)
    {
        var alternate = entry.Elements(Atom + "link")
            .FirstOrDefault(link => ((string?)link.Attribute("rel") ?? "alternate") == "alternate");
        return (string?)alternate?.Attribute("href");
    }

    // xml:base on the entry or the feed changes what relative links resolve against.
    private static Uri BaseFor(XElement entry, Uri documentUrl)
    {
        var declared = (string?)entry.Attribute(XNamespace.Xml + "base") ?? (string?)entry.Parent?.Attribute(XNamespace.Xml + "base");
        return declared is not null && Uri.TryCreate(documentUrl, declared, out var resolved) ? resolved : documentUrl;
    }
}
