using Extractor.Core.Dates;

namespace Extractor.Core.Events.Clustering;

/// <summary>The days a partial date may mean: one day, the days of its month, or of its year.</summary>
public readonly record struct DateWindow(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public static DateWindow Of(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => new DateWindow(date.Value, date.Value),
        DatePrecision.Month => new DateWindow(
            new DateOnly(date.Value.Year, date.Value.Month, 1),
            new DateOnly(date.Value.Year, date.Value.Month, DateTime.DaysInMonth(date.Value.Year, date.Value.Month))),
        _ => new DateWindow(new DateOnly(date.Value.Year, 1, 1), new DateOnly(date.Value.Year, 12, 31)),
    };

    /// <summary>Days between the two windows; 0 when they overlap.</summary>
    public int GapTo(DateWindow other) => Math.Max(0, Math.Max(other.From.DayNumber - To.DayNumber, From.DayNumber - other.To.DayNumber));
}
