using System.Net;

namespace Extractor.Ingest.Fetching;

/// <summary>
/// One page to fetch. <paramref name="AllowedPrivateNetworks"/> lists the non-public networks this
/// source may reach (an intranet feed, a test site); everything else non-public is refused at connect time.
/// </summary>
public sealed record FetchRequest(Uri Url, IReadOnlyList<IPNetwork> AllowedPrivateNetworks)
{
    public FetchRequest(Uri url)
        : this(url, [])
    {
    }
}
