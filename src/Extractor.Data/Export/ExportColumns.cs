namespace Extractor.Data.Export;

/// <summary>Column names shared by the flat formats (CSV, Parquet); JSONL nests the provenance ones.</summary>
public static class ExportColumns
{
    public const string FactId = "fact_id";
    public const string Kind = "kind";
    public const string SubjectId = "subject_id";
    public const string Status = "status";
    public const string Values = "values";
    public const string Confidence = "confidence";
    public const string ArticleId = "article_id";
    public const string ArticleUrl = "article_url";
    public const string EvidenceStart = "evidence_start";
    public const string EvidenceEnd = "evidence_end";
    public const string EvidenceText = "evidence_text";
    public const string PipelineVersion = "pipeline_version";
    public const string Reviewer = "reviewer";
    public const string DecidedAt = "decided_at";
    public const string Version = "version";
    public const string ChangeSeq = "change_seq";

    /// <summary>Bumped whenever a column is added, removed or changes meaning; recorded in every manifest.</summary>
    public const int SchemaVersion = 2;

    public static IReadOnlyList<string> All { get; } =
    [
        FactId, Kind, SubjectId, Status, Values, Confidence, ArticleId, ArticleUrl,
        EvidenceStart, EvidenceEnd, EvidenceText, PipelineVersion, Reviewer, DecidedAt, Version, ChangeSeq,
    ];
}
