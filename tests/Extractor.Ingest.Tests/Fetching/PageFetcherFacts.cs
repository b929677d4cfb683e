using System.Diagnostics;
using Extractor.Ingest.Fetching;

namespace Extractor.Ingest.Tests.Fetching;

public sealed class PageFetcherFacts : IAsyncLifetime
{
    private TestNewsSite _site = null!;

    public async Task InitializeAsync() => _site = await TestNewsSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task FetchAsync_ReturnsThePageWithItsHeaderCharset_AndNamesTheProductInTheUserAgent()
    {
        var result = await TestFetchers.Create().FetchAsync(TestFetchers.FromTestSource(_site.Url("/news/harbour")), CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal("text/html", result.MediaType);
        Assert.Equal("utf-8", result.Charset);
        Assert.Contains("<h1>harbour</h1>", BodyText.Decode(result.Body.Span, result.Charset), StringComparison.Ordinal);
        Assert.Equal("ExtractorBot/0.1 (+contact)", _site.UserAgentOf("/news/harbour"));
    }

    [Fact]
    public async Task FetchAsync_RefusesAPathRobotsDisallows_WithoutRequestingIt()
    {
        var fetcher = TestFetchers.Create();

        var refused = await fetcher.FetchAsync(TestFetchers.FromTestSource(_site.Url("/private/memo")), CancellationToken.None);
        var allowed = await fetcher.FetchAsync(TestFetchers.FromTestSource(_site.Url("/private/press-release")), CancellationToken.None);

        Assert.Equal((FetchStatus.Refused, RefusalReason.Robots), (refused.Status, refused.Refusal));
        Assert.Equal(FetchStatus.Ok, allowed.Status);
        Assert.DoesNotContain("/private/memo", _site.RequestedPaths());
        Assert.Single(_site.RequestTimes("/robots.txt"));
    }

    [Fact]
    public async Task FetchAsync_FollowsFiveRedirects_AndGivesUpOnTheSixth()
    {
        var fetcher = TestFetchers.Create();

        var five = await fetcher.FetchAsync(TestFetchers.FromTestSource(_site.Url("/redirect/5")), CancellationToken.None);
        var seven = await fetcher.FetchAsync(TestFetchers.FromTestSource(_site.Url("/redirect/7")), CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, five.Status);
        Assert.Equal(_site.Url("/redirect/0"), five.FinalUrl);
        Assert.Equal(_site.Url("/redirect/5"), five.RequestedUrl);
        Assert.Equal(FetchStatus.Failed, seven.Status);
        Assert.Contains("redirects", seven.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("/redirect/1", _site.RequestedPaths().Skip(_site.RequestedPaths().ToList().IndexOf("/redirect/7")));
    }

    [Fact]
    public async Task FetchAsync_ReportsNotModified_WhenTheServerAnswers304ToTheStoredETag()
    {
        var fetcher = TestFetchers.Create();
        var request = TestFetchers.FromTestSource(_site.Url("/etag"));

        var first = await fetcher.FetchAsync(request, CancellationToken.None);
        var second = await fetcher.FetchAsync(request, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal(304, second.HttpStatus);
    }

    [Fact]
    public async Task FetchAsync_RetriesA429OnlyAfterItsRetryAfter()
    {
        var result = await TestFetchers.Create().FetchAsync(TestFetchers.FromTestSource(_site.Url("/busy")), CancellationToken.None);

        var times = _site.RequestTimes("/busy");
        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(1), $"retried after {times[1] - times[0]}");
    }

    [Fact]
    public async Task FetchAsync_RetriesA503OnlyAfterItsRetryAfterDate()
    {
        var result = await TestFetchers.Create().FetchAsync(TestFetchers.FromTestSource(_site.Url("/busy-until")), CancellationToken.None);

        var times = _site.RequestTimes("/busy-until");
        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(2, times.Count);

        // The date has whole-second precision, so two seconds ahead means at least one second of waiting.
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(1), $"retried after {times[1] - times[0]}");
    }

    [Fact]
    public async Task FetchAsync_FailsASlowPageAtTheTimeout()
    {
        var options = TestFetchers.FastOptions();
        // Long enough for robots.txt on a loaded CI machine, far shorter than the page's 20 s delay.
        options.Timeout = TimeSpan.FromSeconds(3);
        var clock = Stopwatch.StartNew();

        var result = await TestFetchers.Create(options).FetchAsync(TestFetchers.FromTestSource(_site.Url("/slow")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("Timed out", result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task FetchAsync_StopsReadingAHugePageAtTheSizeCap()
    {
        var options = TestFetchers.FastOptions();
        options.MaxBodyBytes = 1024 * 1024;

        long received = 0;
        var fetcher = TestFetchers.CreateCounting(options, read => Interlocked.Add(ref received, read));

        var result = await fetcher.FetchAsync(TestFetchers.FromTestSource(_site.Url("/huge")), CancellationToken.None);

        Assert.Equal((FetchStatus.Refused, RefusalReason.TooLarge), (result.Status, result.Refusal));
        Assert.True(Interlocked.Read(ref received) < 4 * options.MaxBodyBytes, $"read {received} bytes of a {TestNewsSite.HugePageLength}-byte page");
    }

    [Fact]
    public async Task FetchAsync_RefusesAPageDeclaringALengthOverTheCap_BeforeReadingItsBody()
    {
        long received = 0;
        var fetcher = TestFetchers.CreateCounting(TestFetchers.FastOptions(), read => Interlocked.Add(ref received, read));

        var result = await fetcher.FetchAsync(TestFetchers.FromTestSource(_site.Url("/huge-declared")), CancellationToken.None);

        Assert.Equal((FetchStatus.Refused, RefusalReason.TooLarge), (result.Status, result.Refusal));
        Assert.Contains("Declared length", result.Error, StringComparison.Ordinal);
        Assert.True(Interlocked.Read(ref received) < TestFetchers.FastOptions().MaxBodyBytes, $"read {received} bytes");
    }

    [Fact]
    public async Task FetchAsync_RefusesAGzipBombPastTheDecodedSizeCap()
    {
        var result = await TestFetchers.Create().FetchAsync(TestFetchers.FromTestSource(_site.Url("/bomb")), CancellationToken.None);

        Assert.Equal((FetchStatus.Refused, RefusalReason.TooLarge), (result.Status, result.Refusal));
        Assert.Contains("Decompressed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_DecompressesABrotliPage()
    {
        var result = await TestFetchers.Create().FetchAsync(TestFetchers.FromTestSource(_site.Url("/compressed")), CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Contains("a compressed page", BodyText.Decode(result.Body.Span, result.Charset), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RefusesAContentTypeThatIsNotText()
    {
        var result = await TestFetchers.Create().FetchAsync(TestFetchers.FromTestSource(_site.Url("/photo.png")), CancellationToken.None);

        Assert.Equal((FetchStatus.Refused, RefusalReason.ContentType), (result.Status, result.Refusal));
    }

    [Fact]
    public async Task BodyText_ReadsAPageWhoseUtf8LabelIsWrong_AsWindows1252()
    {
        var result = await TestFetchers.Create().FetchAsync(TestFetchers.FromTestSource(_site.Url("/mislabelled")), CancellationToken.None);

        Assert.Equal("utf-8", result.Charset);
        Assert.Contains("Café crème à Genève", BodyText.Decode(result.Body.Span, result.Charset), StringComparison.Ordinal);
    }
}
