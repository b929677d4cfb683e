namespace Extractor.Data.Model;

/// <summary>A row of <c>articles</c> without its raw bytes.</summary>
public sealed class ArticleRecord
{
    public long Id { get; init; }

    public long SourceId { get; init; }

    public required string Url { get; init; }

    public required string ContentHash { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public string? Text { get; init; }

    public required string State { get; init; }

    public string? FailureReason { get; init; }

    public int Attempts { get; init; }

    public string? PipelineVersion { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
