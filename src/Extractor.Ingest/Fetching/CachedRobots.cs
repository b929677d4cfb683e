namespace Extractor.Ingest.Fetching;

/// <summary>Parsed robots.txt for one origin and when it must be fetched again.</summary>
public sealed record CachedRobots(RobotsRules Rules, DateTimeOffset Expires);
