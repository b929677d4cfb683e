using System.Security.Cryptography;
using System.Text.Json;

namespace Extractor.Data.Export;

/// <summary>
/// Streams the rows of an <see cref="ExportQuery"/> from the store's unbuffered query into one format's
/// writer: memory use does not grow with the number of rows. Subclasses only choose the format.
/// </summary>
public abstract class FactExporter
{
    protected FactExporter(IExtractorStore store)
    {
        Store = store;
    }

    /// <summary>The <c>--format</c> name, also recorded in the manifest.</summary>
    public abstract string Format { get; }

    /// <summary>The HTTP content type of the format.</summary>
    public abstract string ContentType { get; }

    /// <summary>The file name extension for the format, without the dot.</summary>
    public virtual string FileExtension => Format;

    protected IExtractorStore Store { get; }

    /// <summary>Null when this format can export the query, else why not (e.g. PLOVER is for events only).</summary>
    public virtual string? Validate(ExportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Validate();
    }

    public Task<ExportResult> WriteAsync(Stream output, long sinceCursor, bool allStatuses, CancellationToken cancellationToken = default) =>
        WriteAsync(output, new ExportQuery { SinceCursor = sinceCursor, AllStatuses = allStatuses }, cancellationToken);

    public async Task<ExportResult> WriteAsync(Stream output, ExportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(query);
        if (Validate(query) is { } problem) throw new ArgumentException(problem, nameof(query));
        var count = 0;
        var cursor = query.SinceCursor;
        await using var writer = CreateWriter(output);
        await foreach (var fact in Store.StreamExportAsync(query, cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(fact, cancellationToken).ConfigureAwait(false);
            count++;
            cursor = Math.Max(cursor, fact.ChangeSeq);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return new ExportResult(count, cursor);
    }

    public Task<ExportResult> WriteFileAsync(string path, long sinceCursor, bool allStatuses, CancellationToken cancellationToken = default) =>
        WriteFileAsync(path, new ExportQuery { SinceCursor = sinceCursor, AllStatuses = allStatuses }, cancellationToken);

    /// <summary>
    /// Writes to a temporary file beside <paramref name="path"/> and renames it, so readers never see
    /// half a file; then does the same for <c>path.manifest.json</c>.
    /// </summary>
    public async Task<ExportResult> WriteFileAsync(string path, ExportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fullPath = Path.GetFullPath(path);
        var result = await WriteAtomicallyAsync(fullPath, stream => WriteAsync(stream, query, cancellationToken)).ConfigureAwait(false);
        string sha256;
        await using (var written = File.OpenRead(fullPath))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(written, cancellationToken).ConfigureAwait(false));
        }

        var manifest = new ExportManifest(Format, result.Count, ExportColumns.SchemaVersion, sha256, query.SinceCursor, result.Cursor);
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
