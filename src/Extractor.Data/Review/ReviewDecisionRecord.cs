namespace Extractor.Data.Review;

/// <summary>A row of the append-only <c>review_decisions</c> log.</summary>
public sealed class ReviewDecisionRecord
{
    public long Id { get; init; }

    public long FactId { get; init; }

    public required string Username { get; init; }

    public DateTimeOffset DecidedAt { get; init; }

    public required string Action { get; init; }

    public required string BeforeJson { get; init; }

    public required string AfterJson { get; init; }

    public string? Reason { get; init; }

    public required string PipelineVersion { get; init; }

    public string? Stage { get; init; }

    public string? BulkId { get; init; }

    public long? UndoesId { get; init; }
}
