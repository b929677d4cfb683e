using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>One JSON object per line: the fact, its <c>values</c> object and a nested <c>provenance</c> object.</summary>
public sealed class JsonlFactWriter : IFactRowWriter
{
    // Non-ASCII names stay readable; the writer still escapes quotes and control characters.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream output;
    private readonly Utf8JsonWriter writer;

    public JsonlFactWriter(Stream output)
    {
        this.output = output;
        writer = new Utf8JsonWriter(output, WriterOptions);
    }

    public async Task WriteAsync(ExportedFact fact, CancellationToken cancellationToken)
    {
        WriteFact(writer, fact);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        writer.Reset();
        output.WriteByte((byte)'\n');
    }

    public Task CompleteAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => writer.DisposeAsync();

    private static void WriteFact(Utf8JsonWriter writer, ExportedFact fact)
    {
        writer.WriteStartObject();
        writer.WriteNumber(ExportColumns.FactId, fact.Id);
        writer.WriteString(ExportColumns.Kind, fact.Kind);
        writer.WriteString(ExportColumns.SubjectId, fact.SubjectId);
        writer.WriteString(ExportColumns.Status, fact.Status);
        writer.WritePropertyName(ExportColumns.Values);
        using (var values = JsonDocument.Parse(fact.ValuesJson))
        {
            values.WriteTo(writer);
        }

        writer.WriteNumber(ExportColumns.Confidence, fact.Confidence);
        writer.WriteStartObject("provenance");
        writer.WriteNumber(ExportColumns.ArticleId, fact.ArticleId);
        writer.WriteString(ExportColumns.ArticleUrl, fact.ArticleUrl);
        WriteNullableNumber(writer, ExportColumns.EvidenceStart, fact.EvidenceStart);
        WriteNullableNumber(writer, ExportColumns.EvidenceEnd, fact.EvidenceEnd);
        writer.WriteString(ExportColumns.EvidenceText, fact.EvidenceText);
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
