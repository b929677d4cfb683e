using System.Text.Json;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Pipeline;

namespace Extractor.Cli.Output;

/// <summary>Writes one <see cref="Extraction"/> as the <c>extract</c> object of the CLI contract.</summary>
public static class ExtractionJsonWriter
{
    public static void Write(Utf8JsonWriter json, Extraction extraction, bool withText)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(extraction);
        var article = extraction.Article;
        json.WriteStartObject();
        json.WriteString("source", article.Source);
        json.WriteString("title", article.Title);
        if (article.Published is { } published) json.WriteString("published", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else json.WriteNull("published");
        json.WriteString("language", article.Language);
        json.WriteString("pipeline_version", extraction.PipelineVersion);
        if (withText) json.WriteString("text", article.Text);

        // Canonical entities first; descriptions an event takes as an argument ("armed men", "a hospital") have
        // no identity beyond the article, so they are listed apart and events refer to them by the same kind of id.
        json.WriteStartArray("entities");
        foreach (var entity in extraction.Entities.Where(entity => !entity.IsNominal))
        {
            WriteEntity(json, entity);
        }

        json.WriteEndArray();
        json.WriteStartArray("participants");
        foreach (var entity in extraction.Entities.Where(entity => entity.IsNominal))
        {
            WriteEntity(json, entity);
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var @event in extraction.Events)
        {
            WriteEvent(json, @event);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }


    private static void WriteEntity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("id", entity.Id);
        json.WriteString("name", entity.Name);
        json.WriteString("type", entity.Type.ToCode());
        json.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases) json.WriteStringValue(alias);
        json.WriteEndArray();
        json.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            json.WriteStartObject();
            json.WriteNumber("start", mention.Start);
            json.WriteNumber("end", mention.End);
            json.WriteString("text", mention.Text);
            json.WriteString("source", mention.Source.ToString().ToLowerInvariant());
            if (mention.Field == TextField.Title) json.WriteString("field", "title");
            if (mention.Cue is not null) json.WriteString("cue", mention.Cue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("confidence", Math.Round(entity.Confidence, 3));
        if (entity.Place is { } place)
        {
            json.WriteStartObject("place");
            if (place.Country is not null) json.WriteString("country", place.Country);
            if (place.Admin1 is not null) json.WriteString("admin1", place.Admin1);
            if (place.Latitude is { } lat) json.WriteNumber("lat", lat);
            if (place.Longitude is { } lon) json.WriteNumber("lon", lon);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, Event @event)
    {
        json.WriteStartObject();
        json.WriteString("id", @event.Id);
        json.WriteString("type", @event.Type.ToCode());
        json.WriteString("mode", @event.Mode);
        json.WriteString("trigger", @event.Trigger);
        WriteArgument(json, "actor", @event.ActorIds);
        WriteArgument(json, "target", @event.TargetIds);
        json.WriteString("place", @event.PlaceId);
        if (@event.Date is { } date)
        {
            json.WriteString("date", date.ToString());
            json.WriteString("date_precision", date.Precision.ToString().ToLowerInvariant());
        }
        else
        {
            json.WriteNull("date");
        }

        json.WriteString("status", @event.Status.ToString().ToLowerInvariant());
        var quantities = @event.Quantities;
        json.WriteStartObject("quantities");
        WriteCount(json, "killed", quantities.Killed);
        WriteCount(json, "injured", quantities.Injured);
        WriteCount(json, "displaced", quantities.Displaced);
        WriteCount(json, "kidnapped", quantities.Kidnapped);
        WriteCount(json, "arrested", quantities.Arrested);
        if (quantities.Usd is { } usd) json.WriteNumber("usd", usd);
        else json.WriteNull("usd");
        json.WriteEndObject();
        json.WriteStartObject("evidence");
        json.WriteNumber("start", @event.Evidence.Start);
        json.WriteNumber("end", @event.Evidence.End);
        json.WriteString("text", @event.Evidence.Text);
        json.WriteEndObject();
        json.WriteNumber("confidence", Math.Round(@event.Confidence, 3));
        json.WriteEndObject();
    }

    /// <summary>The contract's actor and target are one id; compound arguments add the full list.</summary>
    private static void WriteArgument(Utf8JsonWriter json, string name, IReadOnlyList<string> ids)
    {
        json.WriteString(name, ids.Count > 0 ? ids[0] : null);
        if (ids.Count > 1)
        {
            json.WriteStartArray(name + "s");
            foreach (var id in ids) json.WriteStringValue(id);
            json.WriteEndArray();
        }
    }

    private static void WriteCount(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } count) json.WriteNumber(name, count);
        else json.WriteNull(name);
    }
}
