using System.Text.Json;
using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>One JSON object per line: the fact, its <c>values</c> object and a nested <c>provenance</c> object.</summary>
public sealed class JsonlFactWriter : IFactRowWriter
{
    private readonly JsonLinesOutput lines;

    public JsonlFactWriter(Stream output)
    {
        lines = new JsonLinesOutput(output);
    }

    public Task WriteAsync(ExportedFact fact, CancellationToken cancellationToken)
    {
        WriteFact(lines.Writer, fact);
        return lines.EndLineAsync(cancellationToken);
    }

    public Task CompleteAsync(CancellationToken cancellationToken) => lines.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => lines.DisposeAsync();

    private static void WriteFact(Utf8JsonWriter writer, ExportedFact fact)
    {
        writer.WriteStartObject();
        writer.WriteNumber(ExportColumns.FactId, fact.Id);
        writer.WriteString(ExportColumns.Kind, fact.Kind);
        writer.WriteString(ExportColumns.SubjectId, fact.SubjectId);
        writer.WriteString(ExportColumns.Status, fact.Status);
        writer.WritePropertyName(ExportColumns.Values);

        // Copied as text, not parsed into a document: the writer still validates it, at a fraction of the cost.
        writer.WriteRawValue(fact.ValuesJson);

        writer.WriteNumber(ExportColumns.Confidence, fact.Confidence);
        writer.WriteStartObject("provenance");
        writer.WriteNumber(ExportColumns.ArticleId, fact.ArticleId);
        writer.WriteString(ExportColumns.ArticleUrl, fact.ArticleUrl);
        WriteNullableNumber(writer, ExportColumns.EvidenceStart, fact.EvidenceStart);
        WriteNullableNumber(writer, ExportColumns.EvidenceEnd, fact.EvidenceEnd);
        writer.WriteString(ExportColumns.EvidenceText, fact.EvidenceText);
        writer.WriteNumber("source_count", fact.SourceCount);
        writer.WriteString(ExportColumns.PipelineVersion, fact.PipelineVersion);
        writer.WriteString(ExportColumns.Reviewer, fact.DecidedBy);
        if (fact.DecidedAt is { } decidedAt) writer.WriteString(ExportColumns.DecidedAt, decidedAt);
        else writer.WriteNull(ExportColumns.DecidedAt);
        writer.WriteEndObject();
        writer.WriteNumber(ExportColumns.Version, fact.Version);
        writer.WriteNumber(ExportColumns.ChangeSeq, fact.ChangeSeq);
        writer.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }
}
