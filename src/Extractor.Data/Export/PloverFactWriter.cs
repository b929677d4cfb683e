using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>
/// One PLOVER record per line (JSON Lines): <c>id</c>, <c>date</c>, <c>actor</c>, <c>recipient</c>, <c>event</c>,
/// <c>mode</c>, <c>context</c>, <c>event_loc</c>, <c>size</c>, <c>event_text</c>, <c>text</c>, <c>text_info</c>,
/// <c>cite_info</c>, with the extension fields <c>size.displaced</c> and <c>date_precision</c> and the
/// provenance of every export row (<c>fact_id</c>, <c>version</c>, <c>status</c>, reviewer, cursor).
/// </summary>
public sealed class PloverFactWriter : IFactRowWriter
{
    public const string Codebook = "PLOVER 2.0";
    // Lines are collected and written to the stream in batches of this size, not one write per line.
    private const int BatchBytes = 64 * 1024;
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream output;
    private readonly ArrayBufferWriter<byte> pending = new(BatchBytes + 4096);
    private readonly Utf8JsonWriter writer;
    private readonly EntityNameCache entities;

    public PloverFactWriter(Stream output, EntityNameCache entities)
    {
        this.output = output;
        this.entities = entities;
        writer = new Utf8JsonWriter(pending, WriterOptions);
    }

    public async Task WriteAsync(ExportedFact fact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var values = EventValues.Parse(fact.ValuesJson);
        await entities.LoadAsync(values.EntityIds(), cancellationToken).ConfigureAwait(false);
        WriteRecord(fact, values);
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

    private void WriteRecord(ExportedFact fact, EventValues values)
    {
        writer.WriteStartObject();
        writer.WriteString("id", fact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("date", values.Date);
        writer.WriteString("date_precision", values.DatePrecision);
        WriteActor("actor", values.Actors.FirstOrDefault());
        WriteActor("recipient", values.Targets.FirstOrDefault());
        writer.WriteString("event", values.Type);
        writer.WriteString("mode", values.Mode);
        writer.WriteStartArray("context");
        writer.WriteEndArray();
        WriteLocation(entities.Get(values.Place));
        writer.WriteStartObject("size");
        WriteNullable("dead", values.Killed);
        WriteNullable("injured", values.Injured);
        WriteNullable("arrested", values.Arrested);
        WriteNullable("displaced", values.Displaced);
        writer.WriteEndObject();
        writer.WriteString("event_text", values.Trigger);
        writer.WriteString("text", fact.EvidenceText);
        writer.WriteStartObject("text_info");
        WriteNullable("start", fact.EvidenceStart);
        WriteNullable("end", fact.EvidenceEnd);
        writer.WriteEndObject();
        writer.WriteStartObject("cite_info");
        writer.WriteString("url", fact.ArticleUrl);
        writer.WriteString("codebook", Codebook);
        writer.WriteString("coder", fact.DecidedBy);
        writer.WriteString("version", fact.PipelineVersion);
        writer.WriteEndObject();
        writer.WriteNumber(ExportColumns.FactId, fact.Id);
        writer.WriteNumber(ExportColumns.Version, fact.Version);
        writer.WriteString(ExportColumns.Status, fact.Status);
        writer.WriteNumber(ExportColumns.Confidence, fact.Confidence);
        writer.WriteNumber(ExportColumns.ArticleId, fact.ArticleId);
        if (fact.DecidedAt is { } decidedAt) writer.WriteString(ExportColumns.DecidedAt, decidedAt);
        else writer.WriteNull(ExportColumns.DecidedAt);
        writer.WriteNumber(ExportColumns.ChangeSeq, fact.ChangeSeq);
        writer.WriteEndObject();
    }

    private void WriteActor(string name, string? entityId)
    {
        if (entityId is null)
        {
            writer.WriteNull(name);
            return;
        }

        var entity = entities.Get(entityId);
        writer.WriteStartObject(name);
        writer.WriteString("entity_text", entity?.Name);
        writer.WriteString("identifier_id", entityId);
        writer.WriteString("code", entity?.Country);
        writer.WriteEndObject();
    }

    private void WriteLocation(ExportEntity? place)
    {
        if (place is null)
        {
            writer.WriteNull("event_loc");
            return;
        }

        writer.WriteStartObject("event_loc");
        writer.WriteString("extracted_place", place.Name);
        writer.WriteString("resolved_place", place.Name);
        writer.WriteString("geonameid", place.Id.StartsWith("geo:", StringComparison.Ordinal) ? place.Id["geo:".Length..] : null);
        if (place.Lat is { } lat) writer.WriteNumber("lat", lat);
        else writer.WriteNull("lat");
        if (place.Lon is { } lon) writer.WriteNumber("lon", lon);
        else writer.WriteNull("lon");
        writer.WriteString("province", place.Admin1);
        writer.WriteString("country_code", place.Country);
        writer.WriteEndObject();
    }

    private void WriteNullable(string name, int? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }
}
