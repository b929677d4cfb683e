using System.Globalization;
using System.Text;
using CsvHelper;

namespace Extractor.Data.Export;

/// <summary>
/// CSV onto a stream (UTF-8 without a byte-order mark, invariant culture) with its header written exactly once:
/// before the first record, or alone when the export is empty.
/// </summary>
public sealed class CsvOutput : IAsyncDisposable
{
    private readonly StreamWriter text;
    private readonly IReadOnlyList<string> columns;
    private bool headerWritten;

    public CsvOutput(Stream output, IReadOnlyList<string> columns)
    {
        text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true);
        Writer = new CsvWriter(text, CultureInfo.InvariantCulture);
        this.columns = columns;
    }

    /// <summary>Writes the current record's fields; call <see cref="StartRecordAsync"/> before and <see cref="EndRecordAsync"/> after each record.</summary>
    public CsvWriter Writer { get; }

    public async Task StartRecordAsync()
    {
        if (headerWritten) return;
        foreach (var column in columns)
        {
            Writer.WriteField(column);
        }

        await Writer.NextRecordAsync().ConfigureAwait(false);
        headerWritten = true;
    }

    public Task EndRecordAsync() => Writer.NextRecordAsync();

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await StartRecordAsync().ConfigureAwait(false);
        await Writer.FlushAsync().ConfigureAwait(false);
        await text.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync().ConfigureAwait(false);
        await text.DisposeAsync().ConfigureAwait(false);
    }
}
