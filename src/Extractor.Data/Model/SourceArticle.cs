namespace Extractor.Data.Model;

/// <summary>An article as the operator's crawl view lists it: where it is in the pipeline and why it failed.</summary>
public sealed class SourceArticle
{
    public long Id { get; init; }

    public required string Url { get; init; }

    public string? Title { get; init; }

    public required string State { get; init; }

    public int Attempts { get; init; }

    public string? FailureReason { get; init; }

    public long? DuplicateOf { get; init; }

    public string? PipelineVersion { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
