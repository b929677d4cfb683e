namespace Extractor.Ingest.Jobs;

/// <summary>Articles stored new or changed by one crawl, and one line per page or listing that could not be fetched.</summary>
public sealed record CrawlOutcome(IReadOnlyList<long> Changed, IReadOnlyList<string> Failures);
