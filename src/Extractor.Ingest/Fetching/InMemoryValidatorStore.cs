using System.Collections.Concurrent;

namespace Extractor.Ingest.Fetching;

public sealed class InMemoryValidatorStore : IValidatorStore
{
    private readonly ConcurrentDictionary<string, CacheValidators> _validators = new(StringComparer.Ordinal);

    public ValueTask<CacheValidators?> GetAsync(Uri url, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_validators.TryGetValue(url.AbsoluteUri, out var found) ? found : null);

    public ValueTask SetAsync(Uri url, CacheValidators validators, CancellationToken cancellationToken)
    {
        _validators[url.AbsoluteUri] = validators;
        return ValueTask.CompletedTask;
    }
}
