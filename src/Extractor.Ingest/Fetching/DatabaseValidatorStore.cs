using System.Globalization;
using Extractor.Data;
using Extractor.Data.Model;

namespace Extractor.Ingest.Fetching;

/// <summary>
/// ETag / Last-Modified from the database: an article's from its row (stored with its raw copy by the
/// crawler), a feed's or sitemap's from <c>listing_validators</c>.
/// </summary>
public sealed class DatabaseValidatorStore(IExtractorStore store) : IValidatorStore
{
    public async ValueTask<CacheValidators?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var stored = await store.GetValidatorsAsync(url.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        var lastModified = DateTimeOffset.TryParse(stored.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : (DateTimeOffset?)null;
        return new CacheValidators(stored.ETag, lastModified);
    }

    public async ValueTask SetAsync(Uri url, CacheValidators validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(validators);
        var stored = new StoredValidators(validators.ETag, validators.LastModified?.ToString("R", CultureInfo.InvariantCulture));
        await store.SaveListingValidatorsAsync(url.AbsoluteUri, stored, cancellationToken).ConfigureAwait(false);
    }
}
