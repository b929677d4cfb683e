namespace Extractor.Core.Dates;

/// <summary>What a date expression says about time: a point, the start of a range, or a vague future.</summary>
public enum DateKind
{
    /// <summary>"February 4, 2026", "yesterday", "last May".</summary>
    Point,

    /// <summary>"since January 2025": the date is where an ongoing period starts.</summary>
    RangeStart,

    /// <summary>"in the coming weeks": no date, but the event has not happened yet.</summary>
    Future,
}
