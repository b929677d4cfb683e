using Extractor.Ingest.Fetching;

namespace Extractor.Ingest.Tests.Fetching;

public sealed class CrawlDelayFacts : IAsyncLifetime
{
    private static readonly TimeSpan CrawlDelay = TimeSpan.FromSeconds(1);

    private TestNewsSite _site = null!;

    public async Task InitializeAsync() => _site = await TestNewsSite.StartAsync(CrawlDelay);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task FetchAsync_SpacesRequestsToOneHostByTheCrawlDelay_EvenWhenCalledConcurrently()
    {
        var fetcher = TestFetchers.Create();

        var results = await Task.WhenAll(
            fetcher.FetchAsync(TestFetchers.FromTestSource(_site.Url("/news/first")), CancellationToken.None),
            fetcher.FetchAsync(TestFetchers.FromTestSource(_site.Url("/news/second")), CancellationToken.None));

        Assert.All(results, result => Assert.Equal(FetchStatus.Ok, result.Status));
        var times = new[] { "/robots.txt", "/news/first", "/news/second" }.SelectMany(_site.RequestTimes).Order().ToList();
        Assert.Equal(3, times.Count);
        Assert.True(times[1] - times[0] >= CrawlDelay, $"first page after {times[1] - times[0]}");
        Assert.True(times[2] - times[1] >= CrawlDelay, $"second page after {times[2] - times[1]}");
    }
}
