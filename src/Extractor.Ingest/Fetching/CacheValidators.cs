namespace Extractor.Ingest.Fetching;

/// <summary>What a server gave us to make the next fetch of the same URL conditional.</summary>
public sealed record CacheValidators(string? ETag, DateTimeOffset? LastModified);
