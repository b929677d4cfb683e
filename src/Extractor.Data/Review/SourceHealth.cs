namespace Extractor.Data.Review;

/// <summary>A source's crawl health for the dashboard.</summary>
public sealed class SourceHealth
{
    public long Id { get; init; }

    public required string Name { get; init; }

    public bool Enabled { get; init; }

    public DateTimeOffset? LastRunAt { get; init; }

    public string? LastError { get; init; }

    public Dictionary<string, long> ArticlesByState { get; } = [];
}
