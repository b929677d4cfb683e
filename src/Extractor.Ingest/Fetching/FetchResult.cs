namespace Extractor.Ingest.Fetching;

/// <summary>The outcome of one <see cref="PageFetcher"/> call, after redirects and retries.</summary>
public sealed record FetchResult(
    FetchStatus Status,
    RefusalReason Refusal,
    Uri RequestedUrl,
    Uri FinalUrl,
    int? HttpStatus,
    ReadOnlyMemory<byte> Body,
    string? MediaType,
    string? Charset,
    string? ETag,
    DateTimeOffset? LastModified,
    DateTimeOffset FetchedAt,
    string? Error)
{
    public bool IsOk => Status == FetchStatus.Ok;
}
