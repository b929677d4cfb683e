using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Extractor.Data.Export;
using Parquet;

namespace Extractor.Data.Tests.Export;

/// <summary>Reads an export file back with each format's own library, independent of the exporters.</summary>
public static class ExportReadBack
{
    public static async Task<List<ExportedRow>> JsonlAsync(string path)
    {
        var rows = new List<ExportedRow>();
        foreach (var line in await File.ReadAllLinesAsync(path))
        {
            var fact = JsonDocument.Parse(line).RootElement;
            var provenance = fact.GetProperty("provenance");
            rows.Add(new ExportedRow(
                fact.GetProperty("fact_id").GetInt64(),
                fact.GetProperty("kind").GetString()!,
                fact.GetProperty("subject_id").GetString()!,
                fact.GetProperty("status").GetString()!,
                Compact(fact.GetProperty("values").GetRawText()),
                fact.GetProperty("confidence").GetDouble(),
                provenance.GetProperty("article_id").GetInt64(),
                provenance.GetProperty("article_url").GetString()!,
                NullableInt(provenance.GetProperty("evidence_start")),
                NullableInt(provenance.GetProperty("evidence_end")),
                provenance.GetProperty("evidence_text").GetString(),
                provenance.GetProperty("pipeline_version").GetString()!,
                provenance.GetProperty("reviewer").GetString(),
                provenance.GetProperty("decided_at") is { ValueKind: JsonValueKind.String } decided ? decided.GetDateTimeOffset().UtcDateTime : null,
                fact.GetProperty("version").GetInt32(),
                fact.GetProperty("change_seq").GetInt64()));
        }

        return rows;
    }

    public static List<ExportedRow> Csv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<ExportedRow>();
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(ExportColumns.All, csv.HeaderRecord);
        while (csv.Read())
        {
            rows.Add(new ExportedRow(
                csv.GetField<long>("fact_id"),
                csv.GetField("kind")!,
                csv.GetField("subject_id")!,
                csv.GetField("status")!,
                Compact(csv.GetField("values")!),
                csv.GetField<double>("confidence"),
                csv.GetField<long>("article_id"),
                csv.GetField("article_url")!,
                csv.GetField<int?>("evidence_start"),
                csv.GetField<int?>("evidence_end"),
                EmptyAsNull(csv.GetField("evidence_text")),
                csv.GetField("pipeline_version")!,
                EmptyAsNull(csv.GetField("reviewer")),
                EmptyAsNull(csv.GetField("decided_at")) is { } decided ? DateTimeOffset.Parse(decided, CultureInfo.InvariantCulture).UtcDateTime : null,
                csv.GetField<int>("version"),
                csv.GetField<long>("change_seq")));
        }

        return rows;
    }

    public static async Task<List<ExportedRow>> ParquetAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var rows = new List<ExportedRow>();
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            var count = (int)rowGroup.RowCount;
            var factIds = await Values<long>(rowGroup, ParquetFactWriter.FactId, count);
            var kinds = await Strings(rowGroup, ParquetFactWriter.Kind, count);
            var subjects = await Strings(rowGroup, ParquetFactWriter.SubjectId, count);
            var statuses = await Strings(rowGroup, ParquetFactWriter.Status, count);
            var values = await Strings(rowGroup, ParquetFactWriter.Values, count);
            var confidences = await Values<double>(rowGroup, ParquetFactWriter.Confidence, count);
            var articleIds = await Values<long>(rowGroup, ParquetFactWriter.ArticleId, count);
            var urls = await Strings(rowGroup, ParquetFactWriter.ArticleUrl, count);
            var starts = await NullableValues<int>(rowGroup, ParquetFactWriter.EvidenceStart, count);
            var ends = await NullableValues<int>(rowGroup, ParquetFactWriter.EvidenceEnd, count);
            var texts = await Strings(rowGroup, ParquetFactWriter.EvidenceText, count);
            var pipelines = await Strings(rowGroup, ParquetFactWriter.PipelineVersion, count);
            var reviewers = await Strings(rowGroup, ParquetFactWriter.Reviewer, count);
            var decided = await NullableValues<DateTime>(rowGroup, ParquetFactWriter.DecidedAt, count);
            var versions = await Values<int>(rowGroup, ParquetFactWriter.Version, count);
            var sequences = await Values<long>(rowGroup, ParquetFactWriter.ChangeSeq, count);
            for (var i = 0; i < count; i++)
            {
                rows.Add(new ExportedRow(
                    factIds[i], kinds[i]!, subjects[i]!, statuses[i]!, Compact(values[i]!), confidences[i], articleIds[i], urls[i]!,
                    starts[i], ends[i], texts[i], pipelines[i]!, reviewers[i], decided[i], versions[i], sequences[i]));
            }
        }

        return rows;
    }

    private static async Task<T[]> Values<T>(ParquetRowGroupReader rowGroup, Parquet.Schema.DataField field, int count)
        where T : struct
    {
        var values = new T[count];
        await rowGroup.ReadAsync<T>(field, values);
        return values;
    }

    private static async Task<T?[]> NullableValues<T>(ParquetRowGroupReader rowGroup, Parquet.Schema.DataField field, int count)
        where T : struct
    {
        var values = new T?[count];
        await rowGroup.ReadAsync<T>(field, values);
        return values;
    }

    private static async Task<string?[]> Strings(ParquetRowGroupReader rowGroup, Parquet.Schema.DataField field, int count)
    {
        var values = new string[count];
        await rowGroup.ReadAsync(field, values);
        return values;
    }

    private static int? NullableInt(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetInt32();

    private static string? EmptyAsNull(string? field) => string.IsNullOrEmpty(field) ? null : field;

    private static string Compact(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
