namespace Extractor.Ingest.Feeds;

/// <summary>What a feed or sitemap lists: article links, and (for a sitemap index) further sitemaps to read.</summary>
public sealed record FeedContents(IReadOnlyList<DiscoveredLink> Links, IReadOnlyList<Uri> ChildSitemaps)
{
    public static readonly FeedContents Empty = new([], []);
}
