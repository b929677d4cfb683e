namespace Extractor.Data.Model;

/// <summary>
/// robots.txt rules for one origin as stored: one <c>A pattern</c> (allow) or <c>D pattern</c> (disallow) per line,
/// the Crawl-delay, and when they must be fetched again.
/// </summary>
public sealed record StoredRobots(string Rules, long? CrawlDelayMs, DateTimeOffset ExpiresAt);
