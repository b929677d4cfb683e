using System.Collections.Concurrent;

namespace Extractor.Ingest.Fetching;

public sealed class InMemoryRobotsCache(TimeProvider time) : IRobotsCache
{
    private readonly ConcurrentDictionary<string, CachedRobots> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _loading = new(StringComparer.Ordinal);

    public async Task<RobotsRules?> GetOrLoadAsync(string origin, Func<CancellationToken, Task<CachedRobots?>> load, CancellationToken cancellationToken)
    {
        if (Fresh(origin) is { } cached)
        {
            return cached;
        }

        var gate = _loading.GetOrAdd(origin, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(origin) is { } loadedMeanwhile)
            {
                return loadedMeanwhile;
            }

            var loaded = await load(cancellationToken).ConfigureAwait(false);
            if (loaded is not null)
            {
                _entries[origin] = loaded;
            }

            return loaded?.Rules;
        }
        finally
        {
            gate.Release();
        }
    }

    private RobotsRules? Fresh(string origin) =>
        _entries.TryGetValue(origin, out var entry) && entry.Expires > time.GetUtcNow() ? entry.Rules : null;
}
