using System.Security.Cryptography;
using System.Text.Json;

namespace Extractor.Data.Export;

/// <summary>
/// Streams facts changed after a cursor from the store's unbuffered query into one format's writer:
/// memory use does not grow with the number of facts. Subclasses only choose the format.
/// </summary>
public abstract class FactExporter
{
    private readonly IExtractorStore store;

    protected FactExporter(IExtractorStore store)
    {
        this.store = store;
    }

    /// <summary>The <c>--format</c> name, also recorded in the manifest.</summary>
    public abstract string Format { get; }

    public async Task<ExportResult> WriteAsync(Stream output, long sinceCursor, bool allStatuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        var cursor = sinceCursor;
        await using var writer = CreateWriter(output);
        await foreach (var fact in store.StreamFactsAsync(sinceCursor, allStatuses, cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(fact, cancellationToken).ConfigureAwait(false);
            count++;
            cursor = Math.Max(cursor, fact.ChangeSeq);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return new ExportResult(count, cursor);
    }

    /// <summary>
    /// Writes to a temporary file beside <paramref name="path"/> and renames it, so readers never see
    /// half a file; then does the same for <c>path.manifest.json</c>.
    /// </summary>
    public async Task<ExportResult> WriteFileAsync(string path, long sinceCursor, bool allStatuses, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        var result = await WriteAtomicallyAsync(fullPath, stream => WriteAsync(stream, sinceCursor, allStatuses, cancellationToken)).ConfigureAwait(false);
        string sha256;
        await using (var written = File.OpenRead(fullPath))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(written, cancellationToken).ConfigureAwait(false));
        }

        var manifest = new ExportManifest(Format, result.Count, ExportColumns.SchemaVersion, sha256, sinceCursor, result.Cursor);
        await WriteAtomicallyAsync(fullPath + ExportManifest.Suffix, async stream =>
        {
            await JsonSerializer.SerializeAsync(stream, manifest, cancellationToken: cancellationToken).ConfigureAwait(false);
            return result;
        }).ConfigureAwait(false);
        return result;
    }

    protected abstract IFactRowWriter CreateWriter(Stream output);

    private static async Task<ExportResult> WriteAtomicallyAsync(string fullPath, Func<Stream, Task<ExportResult>> write)
    {
        var temporary = fullPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            ExportResult result;
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                result = await write(stream).ConfigureAwait(false);
            }

            File.Move(temporary, fullPath, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
