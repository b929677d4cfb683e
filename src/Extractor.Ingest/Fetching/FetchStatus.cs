namespace Extractor.Ingest.Fetching;

/// <summary>How a fetch ended.</summary>
public enum FetchStatus
{
    Ok,
    NotModified,
    Refused,
    Failed,
}
