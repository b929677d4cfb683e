namespace Extractor.Core.Numbers;

/// <summary>How the text qualifies a number: "at least 12", "more than 300", "about 50", "dozens".</summary>
public enum NumberBound
{
    Exact,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    About,

    /// <summary>A vague plural ("dozens", "hundreds"); the value is the smallest number it can mean.</summary>
    Vague,
}
