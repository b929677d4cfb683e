namespace Extractor.Ingest.Fetching;

/// <summary>Serializes requests per host and spaces them out.</summary>
public interface IHostPoliteness
{
    /// <summary>
    /// Waits until this caller is the only one talking to <paramref name="host"/> and the host's
    /// earliest next request time has passed. Disposing the turn lets the next request start
    /// no sooner than <paramref name="gapAfter"/> later.
    /// </summary>
    ValueTask<IAsyncDisposable> WaitTurnAsync(string host, TimeSpan gapAfter, CancellationToken cancellationToken);

    /// <summary>Keeps every request to <paramref name="host"/> back until <paramref name="notBefore"/> (Retry-After, backoff, Crawl-delay).</summary>
    ValueTask DeferAsync(string host, DateTimeOffset notBefore, CancellationToken cancellationToken);
}
