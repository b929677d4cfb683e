using System.Text.Json;
using Extractor.Data.Model;
using Extractor.Data.Registry;

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
    private readonly JsonLinesOutput lines;
    private readonly EntityNameCache entities;

    public PloverFactWriter(Stream output, EntityNameCache entities)
    {
        lines = new JsonLinesOutput(output);
        this.entities = entities;
    }

    public async Task WriteAsync(ExportedFact fact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var values = EventValues.Parse(fact.ValuesJson);
        await entities.LoadAsync(values.EntityIds(), cancellationToken).ConfigureAwait(false);
        WriteRecord(fact, values);
        await lines.EndLineAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task CompleteAsync(CancellationToken cancellationToken) => lines.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => lines.DisposeAsync();

    private Utf8JsonWriter Writer => lines.Writer;

    private void WriteRecord(ExportedFact fact, EventValues values)
    {
        Writer.WriteStartObject();
        Writer.WriteString("id", fact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Writer.WriteString("date", values.Date);
        Writer.WriteString("date_precision", values.DatePrecision);
        WriteActor("actor", values.Actors.FirstOrDefault());
        WriteActor("recipient", values.Targets.FirstOrDefault());
        Writer.WriteString("event", values.Type);
        Writer.WriteString("mode", values.Mode);
        Writer.WriteStartArray("context");
        Writer.WriteEndArray();
        WriteLocation(entities.Get(values.Place));
        Writer.WriteStartObject("size");
        WriteNullable("dead", values.Killed);
        WriteNullable("injured", values.Injured);
        WriteNullable("arrested", values.Arrested);
        WriteNullable("displaced", values.Displaced);
        Writer.WriteEndObject();
        Writer.WriteString("event_text", values.Trigger);
        Writer.WriteString("text", fact.EvidenceText);
        Writer.WriteStartObject("text_info");
        WriteNullable("start", fact.EvidenceStart);
        WriteNullable("end", fact.EvidenceEnd);
        Writer.WriteEndObject();
        Writer.WriteStartObject("cite_info");
        Writer.WriteString("url", fact.ArticleUrl);
        Writer.WriteString("codebook", Codebook);
        Writer.WriteString("coder", fact.DecidedBy);
        Writer.WriteString("version", fact.PipelineVersion);
        Writer.WriteEndObject();
        Writer.WriteNumber(ExportColumns.FactId, fact.Id);
        Writer.WriteNumber(ExportColumns.Version, fact.Version);
        Writer.WriteString(ExportColumns.Status, fact.Status);
        Writer.WriteNumber(ExportColumns.Confidence, fact.Confidence);
        Writer.WriteNumber(ExportColumns.ArticleId, fact.ArticleId);
        if (fact.DecidedAt is { } decidedAt) Writer.WriteString(ExportColumns.DecidedAt, decidedAt);
        else Writer.WriteNull(ExportColumns.DecidedAt);
        Writer.WriteNumber(ExportColumns.ChangeSeq, fact.ChangeSeq);
        Writer.WriteEndObject();
    }

    private void WriteActor(string name, string? entityId)
    {
        if (entityId is null)
        {
            Writer.WriteNull(name);
            return;
        }

        var entity = entities.Get(entityId);
        Writer.WriteStartObject(name);
        Writer.WriteString("entity_text", entity?.Name);
        Writer.WriteString("identifier_id", entityId);
        Writer.WriteString("code", entity?.Country);
        Writer.WriteEndObject();
    }

    private void WriteLocation(EntityRecord? place)
    {
        if (place is null)
        {
            Writer.WriteNull("event_loc");
            return;
        }

        Writer.WriteStartObject("event_loc");
        Writer.WriteString("extracted_place", place.Name);
        Writer.WriteString("resolved_place", place.Name);
        Writer.WriteString("geonameid", place.Id.StartsWith("geo:", StringComparison.Ordinal) ? place.Id["geo:".Length..] : null);
        if (place.Lat is { } lat) Writer.WriteNumber("lat", lat);
        else Writer.WriteNull("lat");
        if (place.Lon is { } lon) Writer.WriteNumber("lon", lon);
        else Writer.WriteNull("lon");
        Writer.WriteString("province", place.Admin1);
        Writer.WriteString("country_code", place.Country);
        Writer.WriteEndObject();
    }

    private void WriteNullable(string name, int? value)
    {
        if (value is { } number) Writer.WriteNumber(name, number);
        else Writer.WriteNull(name);
    }
}
