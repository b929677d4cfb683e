namespace Extractor.Ingest.Fetching;

/// <summary>
/// What one HTTP exchange led to: a final <see cref="Result"/>, a redirect to follow, or a retryable
/// failure (429/5xx) with the server's Retry-After when it gave one.
/// </summary>
internal sealed record FetchAttempt(FetchResult? Result, Uri? RedirectTo, bool ShouldRetry, TimeSpan? ServerDelay)
{
    public static FetchAttempt Final(FetchResult result) => new(result, null, false, null);

    public static FetchAttempt Redirect(Uri target) => new(null, target, false, null);

    public static FetchAttempt Retry(FetchResult failure, TimeSpan? serverDelay) => new(failure, null, true, serverDelay);
}
