using System.Globalization;

namespace Extractor.Data.Export;

/// <summary>
/// One run of a scheduled export: the rows changed after its cursor go to
/// <c>FOLDER/NAME-since-CURSOR.EXT</c> (atomically, with a manifest), then the cursor moves to the last row.
/// A run with nothing new writes no file. A run that dies before moving the cursor is repeated by the next
/// one under the same file name, so a folder never holds two files for the same cursor range start.
/// </summary>
public sealed class ScheduledExportRunner
{
    private readonly IExtractorStore store;

    public ScheduledExportRunner(IExtractorStore store)
    {
        this.store = store;
    }

    /// <summary>The run's result and the file written (null when there was nothing new).</summary>
    public async Task<(ExportResult Result, string? File)> RunAsync(string name, CancellationToken cancellationToken = default)
    {
        var export = await store.GetScheduledExportAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No scheduled export named '{name}'");
        var exporter = FactExporters.Create(export.Format, store) ?? throw new InvalidOperationException($"Scheduled export '{name}' has unknown format '{export.Format}'");
        var query = new ExportQuery { Kind = export.Kind, SinceCursor = export.Cursor };
        Directory.CreateDirectory(export.Folder);
        var path = Path.Combine(export.Folder, string.Create(CultureInfo.InvariantCulture, $"{name}-since-{export.Cursor:D12}.{exporter.FileExtension}"));
        var temporary = path + ".pending";
        var result = await exporter.WriteFileAsync(temporary, query, cancellationToken).ConfigureAwait(false);
        if (result.Count == 0)
        {
            File.Delete(temporary);
            File.Delete(temporary + ExportManifest.Suffix);
            return (result, null);
        }

        // The manifest goes first: a consumer that sees the data file can rely on its manifest being there.
        File.Move(temporary + ExportManifest.Suffix, path + ExportManifest.Suffix, overwrite: true);
        File.Move(temporary, path, overwrite: true);
        await store.AdvanceScheduledExportAsync(name, export.Cursor, result.Cursor, path, result.Count, cancellationToken).ConfigureAwait(false);
        return (result, path);
    }
}
