namespace Extractor.Data.Registry;

/// <summary>The rows that point at an entity: mentions, events naming it as actor or target, events placed at it, and facts.</summary>
public sealed record EntityReferences(
    IReadOnlyList<long> Mentions,
    IReadOnlyList<long> ArgumentEvents,
    IReadOnlyList<long> PlaceEvents,
    IReadOnlyList<long> Facts);
