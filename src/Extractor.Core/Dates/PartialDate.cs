using System.Globalization;

namespace Extractor.Core.Dates;

/// <summary>A date known to a day, a month or a year; written as ISO 8601 at that precision.</summary>
public readonly record struct PartialDate(DateOnly Value, DatePrecision Precision)
{
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Value.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    public static PartialDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    public static PartialDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static PartialDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);
}
