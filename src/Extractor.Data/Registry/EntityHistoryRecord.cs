namespace Extractor.Data.Registry;

/// <summary>A row of the append-only <c>entity_history</c>.</summary>
public sealed class EntityHistoryRecord
{
    public long Id { get; init; }

    public required string EntityId { get; init; }

    public string? RelatedId { get; init; }

    public required string Operation { get; init; }

    public required string Username { get; init; }

    public DateTimeOffset At { get; init; }

    public required string BeforeJson { get; init; }

    public required string AfterJson { get; init; }

    public long? Undoes { get; init; }
}
