using System.Globalization;
using System.Text;
using CsvHelper;
using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>
/// One CSV record per fact, columns as in <see cref="ExportColumns"/>; nulls are empty fields, the
/// decision time is ISO 8601 with offset, and <c>values</c> is the fact's compact JSON object.
/// </summary>
public sealed class CsvFactWriter : IFactRowWriter
{
    private readonly StreamWriter text;
    private readonly CsvWriter csv;
    private bool headerWritten;

    public CsvFactWriter(Stream output)
    {
        text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true);
        csv = new CsvWriter(text, CultureInfo.InvariantCulture);
    }

    public async Task WriteAsync(ExportedFact fact, CancellationToken cancellationToken)
    {
        await WriteHeaderOnceAsync().ConfigureAwait(false);
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
        await csv.NextRecordAsync().ConfigureAwait(false);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await WriteHeaderOnceAsync().ConfigureAwait(false);
        await csv.FlushAsync().ConfigureAwait(false);
        await text.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await csv.DisposeAsync().ConfigureAwait(false);
        await text.DisposeAsync().ConfigureAwait(false);
    }

    private async Task WriteHeaderOnceAsync()
    {
        if (headerWritten) return;
        foreach (var column in ExportColumns.All)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync().ConfigureAwait(false);
        headerWritten = true;
    }
}
