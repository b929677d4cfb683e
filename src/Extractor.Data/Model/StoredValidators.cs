namespace Extractor.Data.Model;

/// <summary>ETag and Last-Modified (HTTP date text) a server sent with a URL.</summary>
public sealed record StoredValidators(string? ETag, string? LastModified);
