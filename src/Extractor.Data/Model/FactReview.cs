namespace Extractor.Data.Model;

/// <summary>
/// A reviewer's decision on a fact seen at <see cref="ExpectedVersion"/>.
/// <see cref="CorrectedValuesJson"/> is required for <see cref="ReviewAction.Correct"/>.
/// </summary>
public sealed record FactReview(
    long FactId,
    int ExpectedVersion,
    string Action,
    string User,
    string? CorrectedValuesJson = null,
    string? Reason = null);
