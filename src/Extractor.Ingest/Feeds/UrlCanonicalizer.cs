namespace Extractor.Ingest.Feeds;

/// <summary>
/// One spelling per article URL, so the same story found via a feed, a sitemap and a share link is
/// stored once: lowercase scheme and host, no default port, no fragment, no tracking parameters,
/// remaining query parameters sorted.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "ncid", "cmpid",
    };

    public static Uri? TryCanonicalize(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) ? Canonicalize(parsed) : null;

    public static Uri? Canonicalize(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var builder = new UriBuilder(url)
        {
            Scheme = url.Scheme.ToLowerInvariant(),
            Host = url.IdnHost.ToLowerInvariant(),
            Fragment = string.Empty,
            Query = CanonicalQuery(url.Query),
        };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    private static string CanonicalQuery(string query)
    {
        var kept = query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair))
            .OrderBy(pair => pair, StringComparer.Ordinal)
            .ToList();
        return string.Join('&', kept);
    }

    private static bool IsTracking(string pair)
    {
        var equals = pair.IndexOf('=');
        var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
    }
}
