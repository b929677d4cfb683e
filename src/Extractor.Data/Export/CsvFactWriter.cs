using System.Globalization;
using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>
/// One CSV record per fact, columns as in <see cref="ExportColumns"/>; nulls are empty fields, the
/// decision time is ISO 8601 with offset, and <c>values</c> is the fact's compact JSON object.
/// </summary>
public sealed class CsvFactWriter : IFactRowWriter
{
    private readonly CsvOutput records;

    public CsvFactWriter(Stream output)
    {
        records = new CsvOutput(output, ExportColumns.All);
    }

    public async Task WriteAsync(ExportedFact fact, CancellationToken cancellationToken)
    {
        await records.StartRecordAsync().ConfigureAwait(false);
        var csv = records.Writer;
        csv.WriteField(fact.Id);
        csv.WriteField(fact.Kind);
        csv.WriteField(fact.SubjectId);
        csv.WriteField(fact.Status);
        csv.WriteField(fact.ValuesJson);
        csv.WriteField(fact.Confidence.ToString("R", CultureInfo.InvariantCulture));
        csv.WriteField(fact.ArticleId);
        csv.WriteField(fact.ArticleUrl);
        csv.WriteField(fact.EvidenceStart);
        csv.WriteField(fact.EvidenceEnd);
        csv.WriteField(fact.EvidenceText);
        csv.WriteField(fact.PipelineVersion);
        csv.WriteField(fact.DecidedBy);
        csv.WriteField(fact.DecidedAt?.ToString("O", CultureInfo.InvariantCulture));
        csv.WriteField(fact.Version);
        csv.WriteField(fact.ChangeSeq);
        await records.EndRecordAsync().ConfigureAwait(false);
    }

    public Task CompleteAsync(CancellationToken cancellationToken) => records.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => records.DisposeAsync();
}
