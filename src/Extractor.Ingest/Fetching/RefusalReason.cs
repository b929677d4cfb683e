namespace Extractor.Ingest.Fetching;

/// <summary>Why the fetcher declined to fetch or keep a page.</summary>
public enum RefusalReason
{
    None,
    Robots,
    Ssrf,
    TooLarge,
    ContentType,
}
