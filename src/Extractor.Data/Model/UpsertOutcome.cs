namespace Extractor.Data.Model;

/// <summary><see cref="Changed"/> is false when the stored content hash already matched.</summary>
public sealed record UpsertOutcome(long ArticleId, bool Changed);
