using Extractor.Data.Model;
using Extractor.Ingest.Fetching;
using Extractor.Ingest.Jobs;
using Extractor.Ingest.Tests.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Ingest.Tests.Crawl;

/// <summary>Two workers on one SQLite store, sharing nothing in memory: what holds between them holds through the database.</summary>
public sealed class SharedCrawlStateFacts
{
    private static readonly TimeSpan HostDelay = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task TwoWorkersCrawlingOneFeedAtOnce_SpaceEveryRequestToTheHost_AndFetchEachStoryOnce()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var harness = await IngestHarness.CreateAsync(minHostDelay: HostDelay);
        await using var other = harness.StartAnotherWorker(minHostDelay: HostDelay);
        var source = await SaveFeedAsync(harness, site, "/feeds/rss-many.xml");

        var outcomes = await Task.WhenAll(
            Task.Run(() => harness.Services.GetRequiredService<WebSourceCrawler>().CrawlAsync(source)),
            Task.Run(() => other.GetRequiredService<WebSourceCrawler>().CrawlAsync(source)));
        var extracted = await Task.WhenAll(
            harness.Services.GetRequiredService<ProcessArticlesJob>().Run([.. outcomes[0].Changed]),
            other.GetRequiredService<ProcessArticlesJob>().Run([.. outcomes[1].Changed]));

        var times = site.RequestedPaths().Distinct().SelectMany(site.RequestTimes).Order().ToList();
        var gaps = times.Zip(times.Skip(1), (earlier, later) => later - earlier).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= HostDelay, $"two requests {gap.TotalMilliseconds:0} ms apart"));
        var stories = site.RequestedPaths().Where(path => path.StartsWith("/stories/", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, stories.Count);
        Assert.Equal(8, stories.Distinct().Count());
        Assert.Equal(8, outcomes.Sum(outcome => outcome.Changed.Count));
        Assert.Equal(8, extracted.Sum());
        Assert.Equal(8, (await harness.Store.GetSummaryAsync()).ArticlesByState[ArticleState.Extracted]);
    }

    [Fact]
    public async Task ACrawlCancelledMidway_IsFinishedByTheNextWorker_WithoutLosingOrDuplicatingArticles()
    {
        await using var site = await TestNewsSite.StartAsync();
        var options = new IngestOptions { FetchLease = TimeSpan.FromSeconds(1), UnclaimedGrace = TimeSpan.Zero };
        await using var harness = await IngestHarness.CreateAsync(options, HostDelay);
        var source = await SaveFeedAsync(harness, site, "/feeds/rss-many.xml");
        using var kill = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (site.RequestedPaths().Count(path => path.StartsWith("/stories/", StringComparison.Ordinal)) < 3) await Task.Delay(10);
            await kill.CancelAsync();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Services.GetRequiredService<WebSourceCrawler>().CrawlAsync(source, kill.Token));
        await watcher;
        var storedWhenKilled = (await harness.Store.GetSummaryAsync()).ArticlesByState.GetValueOrDefault(ArticleState.Fetched);
        await Task.Delay(options.FetchLease);
        await using var restarted = harness.StartAnotherWorker(options, HostDelay);
        await restarted.GetRequiredService<WebSourceCrawler>().CrawlAsync(source);
        var requeued = await restarted.GetRequiredService<RecoverAbandonedArticlesJob>().Run();
        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i => await harness.Store.FindArticleIdAsync(site.Url($"/stories/{Slugs[i]}").AbsoluteUri)));
        var extracted = await restarted.GetRequiredService<ProcessArticlesJob>().Run([.. all.Select(id => id!.Value)]);

        Assert.InRange(storedWhenKilled, 1, 7);
        Assert.Equal(8, requeued);
        Assert.Equal(8, extracted);
        var summary = await harness.Store.GetSummaryAsync();
        Assert.Equal(8, summary.Articles);
        Assert.Equal(8, summary.ArticlesByState[ArticleState.Extracted]);
        Assert.All(Slugs, slug => Assert.InRange(site.RequestedPaths().Count(path => path == "/stories/" + slug), 1, 2));
    }

    [Fact]
    public async Task AWireCopyOfAStory_IsLinkedToTheFirstCopy_AndNotExtracted()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var harness = await IngestHarness.CreateAsync();
        var source = await SaveFeedAsync(harness, site, "/feeds/rss-wire.xml");

        var outcome = await harness.Services.GetRequiredService<WebSourceCrawler>().CrawlAsync(source);
        var extracted = await harness.Services.GetRequiredService<ProcessArticlesJob>().Run([.. outcome.Changed]);

        Assert.Equal(3, outcome.Changed.Count);
        Assert.Equal(2, extracted);
        var original = await harness.Store.FindArticleIdAsync(site.Url("/stories/checkpoint-raided").AbsoluteUri);
        var wire = await harness.Store.GetArticleAsync((await harness.Store.FindArticleIdAsync(site.Url("/wire/checkpoint-raided").AbsoluteUri))!.Value);
        Assert.Equal(ArticleState.Duplicate, wire!.State);
        Assert.Equal(original, await DuplicateOfAsync(harness, wire.Id));
        Assert.Equal(2, (await harness.Store.GetSummaryAsync()).EventsByType["ASSAULT"]);
    }

    [Fact]
    public async Task APageThatFailsOnce_IsRecordedFailedOnItsArticle_AndFetchedByTheNextCrawlOfAnotherWorker()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var harness = await IngestHarness.CreateAsync();
        var source = await SaveFeedAsync(harness, site, "/feeds/rss-flaky.xml");
        var flakyUrl = site.Url("/flaky/bridge-down").AbsoluteUri;

        var first = await harness.Services.GetRequiredService<WebSourceCrawler>().CrawlAsync(source);
        var failed = await harness.Store.GetArticleAsync((await harness.Store.FindArticleIdAsync(flakyUrl))!.Value);
        await using var other = harness.StartAnotherWorker();
        var second = await other.GetRequiredService<WebSourceCrawler>().CrawlAsync(source);

        Assert.Single(first.Changed);
        Assert.Equal(ArticleState.Failed, failed!.State);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("HTTP 404", failed.FailureReason, StringComparison.Ordinal);
        Assert.Equal([failed.Id], second.Changed);
        Assert.Equal(ArticleState.Fetched, (await harness.Store.GetArticleAsync(failed.Id))!.State);
        Assert.Single(site.RequestedPaths(), path => path == "/robots.txt");
    }

    [Fact]
    public async Task AListingsValidators_SurviveARestart_SoTheNextFetchIsConditional()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var harness = await IngestHarness.CreateAsync();
        var request = TestFetchers.FromTestSource(site.Url("/etag"));

        var first = await harness.Services.GetRequiredService<PageFetcher>().FetchAsync(request, CancellationToken.None);
        await using var restarted = harness.StartAnotherWorker();
        var second = await restarted.GetRequiredService<PageFetcher>().FetchAsync(request, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal("\"v1\"", second.ETag);
    }

    private static readonly string[] Slugs = ["market-burned", "ferry-seized", "camp-overrun", "pass-closed", "depot-looted", "station-bombed", "mission-raided", "port-blockaded"];

    private static async Task<SourceRecord> SaveFeedAsync(IngestHarness harness, TestNewsSite site, string feedPath)
    {
        var id = await harness.Store.SaveSourceAsync(new SourceRecord { Name = feedPath, Kind = SourceKind.Feed, Location = site.Url(feedPath).AbsoluteUri, AllowPrivate = true });
        return (await harness.Store.GetSourceAsync(id))!;
    }

    private static async Task<long?> DuplicateOfAsync(IngestHarness harness, long articleId)
    {
        var database = harness.Services.GetRequiredService<Extractor.Data.Database>();
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT duplicate_of FROM articles WHERE id = {articleId}";
        return await command.ExecuteScalarAsync() is long id ? id : null;
    }
}
