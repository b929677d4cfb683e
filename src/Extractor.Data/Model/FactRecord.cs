namespace Extractor.Data.Model;

/// <summary>
/// A row of <c>facts</c>. <see cref="Version"/> guards reviews (optimistic concurrency);
/// <see cref="ChangeSeq"/> orders changes for incremental exports.
/// </summary>
public sealed class FactRecord
{
    public long Id { get; init; }

    public required string Kind { get; init; }

    public required string SubjectId { get; init; }

    public long ArticleId { get; init; }

    public required string Status { get; init; }

    public required string ExtractedJson { get; init; }

    public required string ValuesJson { get; init; }

    public double Confidence { get; init; }

    public int Version { get; init; }

    public long ChangeSeq { get; init; }

    public required string PipelineVersion { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }
}
