using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>
/// Which facts an export covers. Approved and corrected facts changed after <see cref="SinceCursor"/>;
/// every other filter is optional. <see cref="Validate"/> turns a malformed request into a message.
/// </summary>
public sealed record ExportQuery
{
    /// <summary>The row kinds: entity and event facts, and the mentions of entity facts.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [FactKind.Event, FactKind.Entity, ExportKinds.Mention];

    /// <summary><see cref="FactKind.Event"/>, <see cref="FactKind.Entity"/> or <see cref="ExportKinds.Mention"/>; null exports entity and event facts.</summary>
    public string? Kind { get; init; }

    public long SinceCursor { get; init; }

    /// <summary>Pending and rejected facts too (a review dump), not only approved and corrected ones.</summary>
    public bool AllStatuses { get; init; }

    /// <summary>Events whose (possibly partial) date overlaps [<see cref="From"/>, <see cref="To"/>]; events only.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>A PLOVER type such as ASSAULT, as extracted; events only.</summary>
    public string? EventType { get; init; }

    /// <summary>The name of the source the article came from.</summary>
    public string? Source { get; init; }

    /// <summary>An entity id: its own entity fact and mentions, and the events it takes part in or is the place of.</summary>
    public string? Entity { get; init; }

    /// <summary>
    /// Incremental exports (cursor above 0, not <see cref="AllStatuses"/>) also carry retractions: a fact
    /// that was approved or corrected once and has since been rejected or re-opened comes as a row with its
    /// current status, so a consumer deletes what it holds under that fact id.
    /// </summary>
    public bool IncludesRetractions => SinceCursor > 0 && !AllStatuses;

    /// <summary>Null when the query makes sense, else what is wrong with it.</summary>
    public string? Validate()
    {
        if (Kind is not null && !Kinds.Contains(Kind))
        {
            return $"Unknown kind '{Kind}': use one of {string.Join(", ", Kinds)}.";
        }

        if (SinceCursor < 0)
        {
            return "The cursor (since) cannot be negative.";
        }

        if (From is { } from && To is { } to && from > to)
        {
            return $"The date range is empty: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}.";
        }

        var eventsOnly = From is not null || To is not null || EventType is not null;
        if (eventsOnly && Kind != FactKind.Event)
        {
            return "Date range and event type filters apply to events only: add kind event.";
        }

        if (EventType is not null && !Enum.TryParse<Core.Events.PloverType>(EventType, ignoreCase: true, out _))
        {
            return $"Unknown event type '{EventType}': use a PLOVER type such as ASSAULT or PROTEST.";
        }

        return null;
    }
}
