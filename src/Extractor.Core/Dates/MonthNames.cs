namespace Extractor.Core.Dates;

/// <summary>English month names and their abbreviations ("Feb", "Sept").</summary>
internal static class MonthNames
{
    public const string Pattern =
        "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    public const string FullPattern =
        "January|February|March|April|May|June|July|August|September|October|November|December";

    public static int Number(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a month name"),
    };
}
