namespace Extractor.Ingest.Fetching;

/// <summary>Remembers ETag / Last-Modified per URL so repeated fetches can be conditional.</summary>
public interface IValidatorStore
{
    ValueTask<CacheValidators?> GetAsync(Uri url, CancellationToken cancellationToken);

    ValueTask SetAsync(Uri url, CacheValidators validators, CancellationToken cancellationToken);
}
