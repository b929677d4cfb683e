namespace Extractor.Data.Model;

/// <summary>How many of a source's articles are in one <see cref="ArticleState"/>.</summary>
public sealed record SourceStateCount(long SourceId, string State, int Count);
