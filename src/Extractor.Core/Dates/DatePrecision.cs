namespace Extractor.Core.Dates;

public enum DatePrecision
{
    Day,
    Month,
    Year,
}
