using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>One JSON object per line: the fact, its <c>values</c> object and a nested <c>provenance</c> object.</summary>
public sealed class JsonlFactWriter : IFactRowWriter
{
    // Non-ASCII names stay readable; the writer still escapes quotes and control characters.
    // Lines are collected and written to the stream in batches of this size, not one write per line.
    private const int BatchBytes = 64 * 1024;
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream output;
    private readonly ArrayBufferWriter<byte> pending = new(BatchBytes + 4096);
    private readonly Utf8JsonWriter writer;

    public JsonlFactWriter(Stream output)
    {
        this.output = output;
        writer = new Utf8JsonWriter(pending, WriterOptions);
    }

    public async Task WriteAsync(ExportedFact fact, CancellationToken cancellationToken)
    {
        WriteFact(writer, fact);
        writer.Flush();
        writer.Reset();
        pending.GetSpan(1)[0] = (byte)'\n';
        pending.Advance(1);
        if (pending.WrittenCount >= BatchBytes)
        {
            await WritePendingAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await WritePendingAsync(cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => writer.DisposeAsync();

    private async Task WritePendingAsync(CancellationToken cancellationToken)
    {
        await output.WriteAsync(pending.WrittenMemory, cancellationToken).ConfigureAwait(false);
        pending.ResetWrittenCount();
    }

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
