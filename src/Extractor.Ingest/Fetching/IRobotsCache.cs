namespace Extractor.Ingest.Fetching;

/// <summary>Keeps parsed robots.txt per origin (scheme, host, port) until it expires.</summary>
public interface IRobotsCache
{
    ValueTask<RobotsRules?> GetAsync(string origin, DateTimeOffset now, CancellationToken cancellationToken);

    ValueTask SetAsync(string origin, RobotsRules rules, DateTimeOffset expires, CancellationToken cancellationToken);
}
