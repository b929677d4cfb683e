namespace Extractor.Ingest;

/// <summary>
/// Batch and lease sizes. Hangfire.PostgreSql manages only a few hundred jobs a second, so one job
/// processes a batch of articles rather than one.
/// </summary>
public sealed record IngestOptions
{
    public int BatchSize { get; init; } = 25;

    /// <summary>How long a worker owns claimed articles before the sweeper may hand them to another.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an article may wait unclaimed before the sweeper assumes its job was lost.</summary>
    public TimeSpan UnclaimedGrace { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Claims after which an article that keeps losing its job (a crash while processing it) is marked failed.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Fetches of one article page (each claim counts) before the crawler stops retrying it.</summary>
    public int MaxFetchAttempts { get; init; } = 3;

    /// <summary>How long a worker owns a page fetch it claimed before another worker may take it over.</summary>
    public TimeSpan FetchLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Pages fetched per crawl at most; the rest stay discovered for the next run.</summary>
    public int MaxPagesPerCrawl { get; init; } = 1000;

    public string SweeperCron { get; init; } = "*/5 * * * *";
}
