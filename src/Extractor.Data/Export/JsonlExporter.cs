using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>
/// Writes facts as JSON Lines, one fact with its provenance per line, straight from the store's
/// unbuffered stream: memory use does not grow with the number of facts.
/// </summary>
public sealed class JsonlExporter
{
    // Non-ASCII names stay readable; the writer still escapes quotes and control characters.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly IExtractorStore store;

    public JsonlExporter(IExtractorStore store)
    {
        this.store = store;
    }

    public async Task<ExportResult> WriteAsync(Stream output, long sinceCursor, bool allStatuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        var cursor = sinceCursor;
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        await foreach (var fact in store.StreamFactsAsync(sinceCursor, allStatuses, cancellationToken).ConfigureAwait(false))
        {
            WriteFact(writer, fact);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            writer.Reset();
            output.WriteByte((byte)'\n');
            count++;
            cursor = Math.Max(cursor, fact.ChangeSeq);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ExportResult(count, cursor);
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and renames it, so readers never see half a file.</summary>
    public async Task<ExportResult> WriteFileAsync(string path, long sinceCursor, bool allStatuses, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        var temporary = fullPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            ExportResult result;
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                result = await WriteAsync(stream, sinceCursor, allStatuses, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, fullPath, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void WriteFact(Utf8JsonWriter writer, ExportedFact fact)
    {
        writer.WriteStartObject();
        writer.WriteNumber("fact_id", fact.Id);
        writer.WriteString("kind", fact.Kind);
        writer.WriteString("subject_id", fact.SubjectId);
        writer.WriteString("status", fact.Status);
        writer.WritePropertyName("values");
        using (var values = JsonDocument.Parse(fact.ValuesJson))
        {
            values.WriteTo(writer);
        }

        writer.WriteNumber("confidence", fact.Confidence);
        writer.WriteStartObject("provenance");
        writer.WriteNumber("article_id", fact.ArticleId);
        writer.WriteString("article_url", fact.ArticleUrl);
        WriteNullableNumber(writer, "evidence_start", fact.EvidenceStart);
        WriteNullableNumber(writer, "evidence_end", fact.EvidenceEnd);
        writer.WriteString("evidence_text", fact.EvidenceText);
        writer.WriteString("pipeline_version", fact.PipelineVersion);
        writer.WriteString("reviewer", fact.DecidedBy);
        if (fact.DecidedAt is { } decidedAt) writer.WriteString("decided_at", decidedAt);
        else writer.WriteNull("decided_at");
        writer.WriteEndObject();
        writer.WriteNumber("change_seq", fact.ChangeSeq);
        writer.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }
}
