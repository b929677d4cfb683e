namespace Extractor.Ingest.Fetching;

/// <summary>Keeps parsed robots.txt per origin (scheme, host, port) until it expires.</summary>
public interface IRobotsCache
{
    /// <summary>
    /// The unexpired rules for <paramref name="origin"/>, or the result of <paramref name="load"/>, run once
    /// for concurrent callers of the same origin. A null load result (the origin may not be contacted) is not cached.
    /// </summary>
    Task<RobotsRules?> GetOrLoadAsync(string origin, Func<CancellationToken, Task<CachedRobots?>> load, CancellationToken cancellationToken);
}
