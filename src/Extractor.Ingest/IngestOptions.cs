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

    public string SweeperCron { get; init; } = "*/5 * * * *";
}
