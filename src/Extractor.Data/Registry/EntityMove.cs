namespace Extractor.Data.Registry;

/// <summary>
/// The rows a merge or split re-pointed from <see cref="From"/> to <see cref="To"/>, stored as the
/// operation's history so that its undo moves exactly these rows back.
/// </summary>
public sealed record EntityMove(
    string From,
    string To,
    IReadOnlyList<long> Mentions,
    IReadOnlyList<long> ArgumentEvents,
    IReadOnlyList<long> PlaceEvents,
    IReadOnlyList<long> Facts,
    IReadOnlyList<string> AliasesAdded,
    IReadOnlyList<string> AliasesRemoved,
    IReadOnlyList<string> Redirected);
