namespace Extractor.Data.Tests.Export;

/// <summary>One exported fact as read back from any format, with <c>values</c> re-serialised compactly so formats compare equal.</summary>
public sealed record ExportedRow(
    long FactId,
    string Kind,
    string SubjectId,
    string Status,
    string Values,
    double Confidence,
    long ArticleId,
    string ArticleUrl,
    int? EvidenceStart,
    int? EvidenceEnd,
    string? EvidenceText,
    string PipelineVersion,
    string? Reviewer,
    DateTime? DecidedAtUtc,
    int Version,
    long ChangeSeq);
