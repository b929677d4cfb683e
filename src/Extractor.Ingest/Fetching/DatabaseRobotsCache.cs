using System.Collections.Concurrent;
using Extractor.Data;

namespace Extractor.Ingest.Fetching;

/// <summary>
/// robots.txt rules cached in the database (<c>robots_cache</c>) until they expire, so every worker process
/// reads one copy; within a process concurrent callers for one origin load it once.
/// </summary>
public sealed class DatabaseRobotsCache(IExtractorStore store) : IRobotsCache
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _loading = new(StringComparer.Ordinal);

    public async Task<RobotsRules?> GetOrLoadAsync(string origin, Func<CancellationToken, Task<CachedRobots?>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (await store.GetRobotsAsync(origin, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return RobotsRulesText.Load(stored);
        }

        var gate = _loading.GetOrAdd(origin, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await store.GetRobotsAsync(origin, cancellationToken).ConfigureAwait(false) is { } loadedMeanwhile)
            {
                return RobotsRulesText.Load(loadedMeanwhile);
            }

            var loaded = await load(cancellationToken).ConfigureAwait(false);
            if (loaded is not null)
            {
                await store.SaveRobotsAsync(origin, RobotsRulesText.Store(loaded), cancellationToken).ConfigureAwait(false);
            }

            return loaded?.Rules;
        }
        finally
        {
            gate.Release();
        }
    }
}
