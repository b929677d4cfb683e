using System.Text.Json;
using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>One mention of an entity fact's entity as the store reads it; exported as a row of kind <c>mention</c>.</summary>
public sealed class ExportedMention
{
    public long Id { get; init; }

    public required string EntityId { get; init; }

    public required string Status { get; init; }

    public int Version { get; init; }

    public long ChangeSeq { get; init; }

    public required string PipelineVersion { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public long ArticleId { get; init; }

    public required string ArticleUrl { get; init; }

    public long MentionId { get; init; }

    public int StartOffset { get; init; }

    public int EndOffset { get; init; }

    public required string Text { get; init; }

    public required string Type { get; init; }

    public required string Source { get; init; }

    public string? Cue { get; init; }

    public double Confidence { get; init; }

    /// <summary>The mention as a fact-shaped row: the entity fact's id, version and review, the mention's span as evidence.</summary>
    public ExportedFact ToExportedFact() => new()
    {
        Id = Id,
        Kind = ExportKinds.Mention,
        SubjectId = EntityId,
        Status = Status,
        ValuesJson = JsonSerializer.Serialize(new { mention_id = MentionId, text = Text, type = Type, source = Source, cue = Cue }),
        Confidence = Confidence,
        Version = Version,
        ChangeSeq = ChangeSeq,
        PipelineVersion = PipelineVersion,
        DecidedBy = DecidedBy,
        DecidedAt = DecidedAt,
        ArticleId = ArticleId,
        ArticleUrl = ArticleUrl,
        EvidenceStart = StartOffset,
        EvidenceEnd = EndOffset,
        EvidenceText = Text,
    };
}
