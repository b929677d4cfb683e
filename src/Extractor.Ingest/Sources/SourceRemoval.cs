namespace Extractor.Ingest.Sources;

public enum SourceRemoval
{
    Removed,
    NotFound,
    HasArticles,
}
