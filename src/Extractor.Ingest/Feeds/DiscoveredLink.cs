namespace Extractor.Ingest.Feeds;

/// <summary>An article URL found in a feed or sitemap, with whatever the feed said about it.</summary>
public sealed record DiscoveredLink(Uri Url, string? Title, DateTimeOffset? Published, string? Language);
