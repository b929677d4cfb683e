namespace Extractor.Core.Dates;

/// <summary>
/// A date expression as a half-open character range and what it resolves to. <see cref="Date"/> is
/// null when the expression needs a publication date (or year) that is not known.
/// <see cref="IsAbsolute"/> marks expressions that carry their own year and can anchor later
/// anaphoric ones ("the day before").
/// </summary>
public readonly record struct DateMention(int Start, int End, PartialDate? Date, DateKind Kind, bool IsAbsolute);
