namespace Extractor.Data.Model;

/// <summary>Raw content a crawler found at <see cref="Url"/> (for folder sources, a file URI).</summary>
public sealed record DiscoveredArticle(long SourceId, string Url, byte[] Raw, string? Etag = null, string? LastModified = null);
