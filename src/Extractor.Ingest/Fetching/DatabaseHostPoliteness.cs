using System.Collections.Concurrent;
using Extractor.Data;
using Microsoft.Extensions.Options;

namespace Extractor.Ingest.Fetching;

/// <summary>
/// Per-host politeness kept in the database (<c>crawl_hosts</c>), so every worker process sharing the store
/// takes turns on a host and honours the same minimum delay, Crawl-delay, backoff and Retry-After. Inside one
/// process a semaphore per host lets one caller at a time ask the database.
/// </summary>
public sealed class DatabaseHostPoliteness(IExtractorStore store, IOptions<FetcherOptions> options, TimeProvider time) : IHostPoliteness
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _holderPrefix = $"{Environment.MachineName}:{Environment.ProcessId}:";

    public async ValueTask<IAsyncDisposable> WaitTurnAsync(string host, TimeSpan gapAfter, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(host, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var holder = _holderPrefix + Guid.NewGuid().ToString("N");
        try
        {
            // The lease outlives the longest request, so a crashed holder blocks the host only that long.
            var lease = options.Value.Timeout + LeaseMargin;
            while (await store.TryTakeHostTurnAsync(host, holder, lease, cancellationToken).ConfigureAwait(false) is { } retryAt)
            {
                var wait = retryAt - time.GetUtcNow();
                await Task.Delay(wait > PollInterval ? TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)) : PollInterval, time, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch
        {
            gate.Release();
            throw;
        }

        return new Turn(store, time, host, holder, gapAfter, gate);
    }

    public async ValueTask DeferAsync(string host, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
        await store.DeferHostAsync(host, notBefore, cancellationToken).ConfigureAwait(false);

    private sealed class Turn(IExtractorStore store, TimeProvider time, string host, string holder, TimeSpan gapAfter, SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            try
            {
                // Not the request's token: a cancelled request must still hand the host on with its delay.
                await store.ReleaseHostTurnAsync(host, holder, time.GetUtcNow() + gapAfter, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
