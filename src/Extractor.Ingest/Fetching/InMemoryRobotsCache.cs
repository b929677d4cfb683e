using System.Collections.Concurrent;

namespace Extractor.Ingest.Fetching;

public sealed class InMemoryRobotsCache : IRobotsCache
{
    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    public ValueTask<RobotsRules?> GetAsync(string origin, DateTimeOffset now, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_entries.TryGetValue(origin, out var entry) && entry.Expires > now ? entry.Rules : null);

    public ValueTask SetAsync(string origin, RobotsRules rules, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        _entries[origin] = (rules, expires);
        return ValueTask.CompletedTask;
    }
}
