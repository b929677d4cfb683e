namespace Extractor.Data.Model;

/// <summary>A row of <c>sources</c>.</summary>
public sealed class SourceRecord
{
    public long Id { get; init; }

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required string Location { get; init; }

    public string? Cron { get; init; }

    public bool AllowPrivate { get; init; }

    public bool Enabled { get; init; } = true;

    public DateTimeOffset? LastRunAt { get; init; }

    public string? LastError { get; init; }
}
