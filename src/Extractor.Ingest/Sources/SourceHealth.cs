using Extractor.Data.Model;

namespace Extractor.Ingest.Sources;

/// <summary>A source with how many of its articles are in each <see cref="ArticleState"/>.</summary>
public sealed record SourceHealth(SourceRecord Source, IReadOnlyDictionary<string, int> ArticlesByState);
