using System.Net;
using Extractor.Ingest.Fetching;
using Microsoft.Extensions.Options;

namespace Extractor.Ingest.Tests.Fetching;

/// <summary>Builds real fetchers (guarded handler, in-memory state) with delays short enough for tests.</summary>
public static class TestFetchers
{
    public static readonly IReadOnlyList<IPNetwork> LoopbackOnly = [IPNetwork.Parse("127.0.0.1/32")];

    public static FetcherOptions FastOptions() => new()
    {
        MinHostDelay = TimeSpan.FromMilliseconds(10),
        BackoffBase = TimeSpan.FromMilliseconds(50),
        Timeout = TimeSpan.FromSeconds(10),
    };

    public static PageFetcher Create(FetcherOptions? options = null) => Create(GuardedConnector.CreateHandler(), options);

    /// <summary>A fetcher whose guarded connections report every byte read from the socket.</summary>
    public static PageFetcher CreateCounting(FetcherOptions options, Action<int> onBytesReceived)
    {
        var handler = GuardedConnector.CreateHandler();
        handler.ConnectCallback = async (context, cancellationToken) =>
            new CountingStream(await GuardedConnector.ConnectAsync(context, cancellationToken), onBytesReceived);
        return Create(handler, options);
    }

    private static PageFetcher Create(SocketsHttpHandler handler, FetcherOptions? options) =>
        new(
            new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
            Options.Create(options ?? FastOptions()),
            new InMemoryRobotsCache(TimeProvider.System),
            new InMemoryHostPoliteness(TimeProvider.System),
            new InMemoryValidatorStore(),
            TimeProvider.System);

    /// <summary>A request from a source that is allowed to reach the test site on 127.0.0.1, and nothing else private.</summary>
    public static FetchRequest FromTestSource(Uri url) => new(url, LoopbackOnly);
}
