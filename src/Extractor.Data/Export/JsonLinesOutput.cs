using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extractor.Data.Export;

/// <summary>
/// JSON Lines onto a stream: one object per <see cref="EndLineAsync"/>, collected and written in batches
/// rather than one write per line. Non-ASCII names stay readable; quotes and control characters are still escaped.
/// </summary>
public sealed class JsonLinesOutput : IAsyncDisposable
{
    private const int BatchBytes = 64 * 1024;
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream output;
    private readonly ArrayBufferWriter<byte> pending = new(BatchBytes + 4096);

    public JsonLinesOutput(Stream output)
    {
        this.output = output;
        Writer = new Utf8JsonWriter(pending, WriterOptions);
    }

    /// <summary>Writes the current line's object; call <see cref="EndLineAsync"/> after each one.</summary>
    public Utf8JsonWriter Writer { get; }

    public async Task EndLineAsync(CancellationToken cancellationToken)
    {
        Writer.Flush();
        Writer.Reset();
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

    public ValueTask DisposeAsync() => Writer.DisposeAsync();

    private async Task WritePendingAsync(CancellationToken cancellationToken)
    {
        await output.WriteAsync(pending.WrittenMemory, cancellationToken).ConfigureAwait(false);
        pending.ResetWrittenCount();
    }
}
