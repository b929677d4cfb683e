namespace Extractor.Ingest.Fetching;

public sealed class FetcherOptions
{
    /// <summary>Sent on every request; the first token is also the robots.txt product token.</summary>
    public string UserAgent { get; set; } = "ExtractorBot/0.1 (+contact)";

    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Cap on bytes after decompression, so a small gzip bomb cannot fill memory.</summary>
    public long MaxDecodedBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>RFC 9309 asks crawlers to parse at least 500 KiB of robots.txt; more is ignored.</summary>
    public int MaxRobotsBytes { get; set; } = 500 * 1024;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Minimum gap between two requests to the same host when robots.txt sets no Crawl-delay.</summary>
    public TimeSpan MinHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Crawl-delay values above this are clamped, so one robots.txt cannot stall a worker for hours.</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after 429 or 5xx before giving up.</summary>
    public int MaxRetries { get; set; } = 2;

    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longer Retry-After waits are not slept through; the fetch fails and the host stays backed off.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(24);

    public IReadOnlyList<string> AcceptedMediaTypes { get; set; } =
    [
        "text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml",
        "application/rss+xml", "application/atom+xml",
    ];
}
