namespace Extractor.Data.Export;

/// <summary>A named recurring export into a folder; <see cref="Cursor"/> is where the next run starts.</summary>
public sealed class ScheduledExportRecord
{
    public long Id { get; init; }

    public required string Name { get; init; }

    public required string Format { get; init; }

    /// <summary>As <see cref="ExportQuery.Kind"/>: null exports entity and event facts.</summary>
    public string? Kind { get; init; }

    public required string Folder { get; init; }

    public required string Cron { get; init; }

    public long Cursor { get; init; }

    public DateTimeOffset? LastRunAt { get; init; }

    public string? LastFile { get; init; }

    public int? LastCount { get; init; }
}
