namespace Extractor.Data.Review;

/// <summary>
/// What an undo did: <see cref="Undone"/> facts reverted, <see cref="Refused"/> left alone because someone decided
/// them since; <see cref="FactId"/> is the (last) fact concerned, null when there was nothing to undo.
/// </summary>
public sealed record UndoResult(int Undone, int Refused, string Message, long? FactId = null);
