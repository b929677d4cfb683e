namespace Extractor.Ingest.Feeds;

/// <summary>Reads any feed or sitemap, choosing the format from the root element.</summary>
public static class FeedReader
{
    public static FeedContents Read(string xml, Uri documentUrl)
    {
        var document = SafeXml.TryLoad(xml);
        var root = document?.Root;
        if (document is null || root is null)
        {
            return FeedContents.Empty;
        }

        return root.Name.LocalName switch
        {
            "rss" or "RDF" => new FeedContents(RssFeedReader.Read(document, documentUrl), []),
            "feed" when root.Name.Namespace == AtomFeedReader.Atom => new FeedContents(AtomFeedReader.Read(document, documentUrl), []),
            "urlset" or "sitemapindex" => SitemapReader.Read(document, documentUrl),
            _ => FeedContents.Empty,
        };
    }
}
