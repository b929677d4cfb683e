using Extractor.Ingest.Fetching;

namespace Extractor.Ingest.Tests.Fetching;

public sealed class GuardedConnectorFacts : IAsyncLifetime
{
    private TestNewsSite _site = null!;

    public async Task InitializeAsync() => _site = await TestNewsSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task FetchAsync_RefusesLoopback_UnlessTheSourceAllowsIt()
    {
        var fetcher = TestFetchers.Create();

        var refused = await fetcher.FetchAsync(new FetchRequest(_site.Url("/news/local")), CancellationToken.None);
        var allowed = await fetcher.FetchAsync(TestFetchers.FromTestSource(_site.Url("/news/local")), CancellationToken.None);

        Assert.Equal((FetchStatus.Refused, RefusalReason.Ssrf), (refused.Status, refused.Refusal));
        Assert.Equal(FetchStatus.Ok, allowed.Status);
        Assert.Single(_site.RequestTimes("/news/local"));
    }

    [Fact]
    public async Task FetchAsync_RefusesTheCloudMetadataAddress()
    {
        var result = await TestFetchers.Create().FetchAsync(new FetchRequest(new Uri("http://169.254.169.254/latest/meta-data/")), CancellationToken.None);

        Assert.Equal((FetchStatus.Refused, RefusalReason.Ssrf), (result.Status, result.Refusal));
    }

    [Fact]
    public async Task FetchAsync_RefusesARedirectToALoopbackAddressTheSourceWasNotAllowed()
    {
        var result = await TestFetchers.Create().FetchAsync(TestFetchers.FromTestSource(_site.Url("/to-other-loopback")), CancellationToken.None);

        Assert.Equal((FetchStatus.Refused, RefusalReason.Ssrf), (result.Status, result.Refusal));
        Assert.Equal("127.0.0.2", result.FinalUrl.Host);
    }

    [Fact]
    public async Task FetchAsync_RefusesARedirectToTheMetadataAddress()
    {
        var result = await TestFetchers.Create().FetchAsync(TestFetchers.FromTestSource(_site.Url("/to-metadata")), CancellationToken.None);

        Assert.Equal((FetchStatus.Refused, RefusalReason.Ssrf), (result.Status, result.Refusal));
        Assert.Equal("169.254.169.254", result.FinalUrl.Host);
    }
}
