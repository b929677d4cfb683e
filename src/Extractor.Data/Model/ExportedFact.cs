namespace Extractor.Data.Model;

/// <summary>A fact with its provenance: where it was read, by which pipeline, and who decided it.</summary>
public sealed class ExportedFact
{
    public long Id { get; init; }

    public required string Kind { get; init; }

    public required string SubjectId { get; init; }

    public required string Status { get; init; }

    public required string ValuesJson { get; init; }

    public double Confidence { get; init; }

    /// <summary>The fact's version: a correction or re-review of an exported fact comes again with a higher one.</summary>
    public int Version { get; init; }

    public long ChangeSeq { get; init; }

    public required string PipelineVersion { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public long ArticleId { get; init; }

    public required string ArticleUrl { get; init; }

    public int? EvidenceStart { get; init; }

    public int? EvidenceEnd { get; init; }

    public string? EvidenceText { get; init; }

    /// <summary>Articles reporting the fact's event cluster; 1 for facts in no cluster.</summary>
    public int SourceCount { get; init; } = 1;
}
