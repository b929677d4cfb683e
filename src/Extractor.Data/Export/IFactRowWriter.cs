using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>One export format: receives the store's facts one at a time, in cursor order.</summary>
public interface IFactRowWriter : IAsyncDisposable
{
    Task WriteAsync(ExportedFact fact, CancellationToken cancellationToken);

    /// <summary>Writes whatever the format still buffers (last row group, footer) and flushes the stream.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
