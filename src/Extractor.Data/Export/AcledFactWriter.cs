using System.Globalization;
using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>
/// Events as ACLED-style CSV: ACLED's column names where ACLED has the field (event type mapped by
/// <see cref="AcledEventType"/>, actors and place by name), then the provenance every export row carries.
/// </summary>
public sealed class AcledFactWriter : IFactRowWriter
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "event_id_cnty", "event_date", "date_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
        "location", "latitude", "longitude", "fatalities", "notes", "source_url", ExportColumns.EvidenceStart, ExportColumns.EvidenceEnd,
        ExportColumns.PipelineVersion, ExportColumns.Reviewer, ExportColumns.DecidedAt, ExportColumns.Status, ExportColumns.FactId,
        ExportColumns.Version, ExportColumns.ChangeSeq,
    ];

    private readonly CsvOutput records;
    private readonly EntityNameCache entities;

    public AcledFactWriter(Stream output, EntityNameCache entities)
    {
        this.entities = entities;
        records = new CsvOutput(output, Columns);
    }

    public async Task WriteAsync(ExportedFact fact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fact);
        await records.StartRecordAsync().ConfigureAwait(false);
        var csv = records.Writer;
        var values = EventValues.Parse(fact.ValuesJson);
        await entities.LoadAsync(values.EntityIds(), cancellationToken).ConfigureAwait(false);
        var place = entities.Get(values.Place);
        var target = entities.Get(values.Targets.FirstOrDefault());
        var type = AcledEventType.Map(values.Type, values.Mode, string.Equals(target?.Type, "group", StringComparison.OrdinalIgnoreCase));
        csv.WriteField(fact.Id);
        csv.WriteField(values.Date);
        csv.WriteField(values.DatePrecision);
        csv.WriteField(type.EventType);
        csv.WriteField(type.SubEventType);
        csv.WriteField(Names(values.Actors));
        csv.WriteField(Names(values.Targets));
        csv.WriteField(place?.Country);
        csv.WriteField(place?.Admin1);
        csv.WriteField(place?.Name);
        csv.WriteField(place?.Lat?.ToString("R", CultureInfo.InvariantCulture));
        csv.WriteField(place?.Lon?.ToString("R", CultureInfo.InvariantCulture));
        csv.WriteField(values.Killed ?? 0);
        csv.WriteField(fact.EvidenceText);
        csv.WriteField(fact.ArticleUrl);
        csv.WriteField(fact.EvidenceStart);
        csv.WriteField(fact.EvidenceEnd);
        csv.WriteField(fact.PipelineVersion);
        csv.WriteField(fact.DecidedBy);
        csv.WriteField(fact.DecidedAt?.ToString("O", CultureInfo.InvariantCulture));
        csv.WriteField(fact.Status);
        csv.WriteField(fact.Id);
        csv.WriteField(fact.Version);
        csv.WriteField(fact.ChangeSeq);
        await records.EndRecordAsync().ConfigureAwait(false);
    }

    public Task CompleteAsync(CancellationToken cancellationToken) => records.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => records.DisposeAsync();

    /// <summary>ACLED has one actor per column; several are joined with "; " like its associated-actor fields.</summary>
    private string Names(string[] entityIds) => string.Join("; ", entityIds.Select(id => entities.Get(id)?.Name ?? id));
}
