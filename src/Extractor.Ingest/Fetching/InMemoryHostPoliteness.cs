using System.Collections.Concurrent;

namespace Extractor.Ingest.Fetching;

public sealed class InMemoryHostPoliteness(TimeProvider time) : IHostPoliteness
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask<IAsyncDisposable> WaitTurnAsync(string host, TimeSpan gapAfter, CancellationToken cancellationToken)
    {
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot());
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Re-check after each sleep: a Retry-After may have pushed the host back meanwhile, and timers
            // round to whole milliseconds, so a single sleep can end a fraction early.
            for (var wait = slot.NotBefore - time.GetUtcNow(); wait > TimeSpan.Zero; wait = slot.NotBefore - time.GetUtcNow())
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            slot.Gate.Release();
            throw;
        }

        return new Turn(slot, gapAfter, time);
    }

    public ValueTask DeferAsync(string host, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        _hosts.GetOrAdd(host, _ => new HostSlot()).PushBack(notBefore);
        return ValueTask.CompletedTask;
    }

    private sealed class HostSlot
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _notBefore = DateTimeOffset.MinValue;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NotBefore
        {
            get
            {
                lock (_lock)
                {
                    return _notBefore;
                }
            }
        }

        public void PushBack(DateTimeOffset notBefore)
        {
            lock (_lock)
            {
                if (notBefore > _notBefore)
                {
                    _notBefore = notBefore;
                }
            }
        }
    }

    private sealed class Turn(HostSlot slot, TimeSpan gapAfter, TimeProvider time) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                slot.PushBack(time.GetUtcNow() + gapAfter);
                slot.Gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
