namespace Extractor.Data.Model;

/// <summary>One article reporting a clustered event: where to read it and the sentence that reports it.</summary>
public sealed class ClusterSource
{
    public long ArticleId { get; init; }

    public required string ArticleUrl { get; init; }

    public string? Title { get; init; }

    public long FactId { get; init; }

    public required string EvidenceText { get; init; }
}
