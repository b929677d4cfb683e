namespace Extractor.Ingest.Feeds;

/// <summary>An article text's 64-bit SimHash (for near duplicates) and SHA-256 (for exact duplicates).</summary>
public sealed record ContentFingerprint(ulong SimHash, string ContentHash);
