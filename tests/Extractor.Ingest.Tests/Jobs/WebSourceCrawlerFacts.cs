using Extractor.Data.Model;
using Extractor.Ingest.Jobs;
using Extractor.Ingest.Tests.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Ingest.Tests.Jobs;

public sealed class WebSourceCrawlerFacts
{
    [Fact]
    public async Task FeedSourceAllowedOnPrivateNetworks_CrawlsAndExtractsEveryLinkedStory()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var harness = await IngestHarness.CreateAsync();
        var sourceId = await SaveFeedSourceAsync(harness, site, allowPrivate: true);

        var discovered = await harness.Services.GetRequiredService<CrawlSourceJob>().Run(sourceId);
        var extracted = await harness.Services.GetRequiredService<ProcessArticlesJob>().Run([.. discovered]);

        Assert.Equal(3, discovered.Count);
        Assert.Equal(3, extracted);
        var summary = await harness.Store.GetSummaryAsync();
        Assert.Equal(3, summary.ArticlesByState[ArticleState.Extracted]);
        Assert.Equal(3, summary.EventsByType["ASSAULT"]);
        var urls = await Task.WhenAll(discovered.Select(async id => (await harness.Store.GetArticleAsync(id))!.Url));
        Assert.Contains(site.Url("/stories/checkpoint-raided").AbsoluteUri, urls);
        Assert.Contains(site.Url("/stories/convoy-ambushed").AbsoluteUri, urls);
        Assert.Null((await harness.Store.GetSourceAsync(sourceId))!.LastError);
    }

    [Fact]
    public async Task SecondCrawlOfAnUnchangedFeed_FetchesNoStoryAgain()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var harness = await IngestHarness.CreateAsync();
        var sourceId = await SaveFeedSourceAsync(harness, site, allowPrivate: true);
        var crawl = harness.Services.GetRequiredService<CrawlSourceJob>();
        await crawl.Run(sourceId);

        var second = await crawl.Run(sourceId);

        Assert.Empty(second);
        Assert.Equal(3, site.RequestedPaths().Count(path => path.StartsWith("/stories/", StringComparison.Ordinal)));
        Assert.Equal(2, site.RequestedPaths().Count(path => path == "/feeds/rss-stories.xml"));
    }

    [Fact]
    public async Task FeedSourceOnAPrivateAddressWithoutPermission_RecordsTheSsrfRefusalAndStoresNothing()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var harness = await IngestHarness.CreateAsync();
        var sourceId = await SaveFeedSourceAsync(harness, site, allowPrivate: false);

        var discovered = await harness.Services.GetRequiredService<CrawlSourceJob>().Run(sourceId);

        Assert.Empty(discovered);
        Assert.Equal(0, (await harness.Store.GetSummaryAsync()).Articles);
        Assert.Contains("refused (Ssrf)", (await harness.Store.GetSourceAsync(sourceId))!.LastError, StringComparison.Ordinal);
        Assert.Empty(site.RequestedPaths());
    }

    [Fact]
    public async Task UrlListSource_StoresTheGoodPages_AndRecordsTheMissingOneWithoutLosingThem()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var harness = await IngestHarness.CreateAsync();
        var list = Path.Combine(harness.Root.FullName, "urls.txt");
        await File.WriteAllLinesAsync(list,
        [
            "# stories to read",
            site.Url("/stories/checkpoint-raided").AbsoluteUri,
            site.Url("/no-such-page").AbsoluteUri,
            site.Url("/stories/depot-shelled").AbsoluteUri,
        ]);
        var sourceId = await harness.Store.SaveSourceAsync(new SourceRecord { Name = "list", Kind = SourceKind.Urls, Location = list, AllowPrivate = true });

        var discovered = await harness.Services.GetRequiredService<CrawlSourceJob>().Run(sourceId);

        Assert.Equal(2, discovered.Count);
        Assert.Contains("/no-such-page: failed HTTP 404", (await harness.Store.GetSourceAsync(sourceId))!.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SitemapIndexSource_ReadsEachChildSitemapOnce_AndStoresEachCanonicalStoryOnce()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var harness = await IngestHarness.CreateAsync();
        var sourceId = await harness.Store.SaveSourceAsync(new SourceRecord
        {
            Name = "stories-sitemap",
            Kind = SourceKind.Sitemap,
            Location = site.Url("/sitemaps/stories-index.xml").AbsoluteUri,
            AllowPrivate = true,
        });

        var discovered = await harness.Services.GetRequiredService<CrawlSourceJob>().Run(sourceId);

        Assert.Equal(2, discovered.Count);
        Assert.Single(site.RequestedPaths(), path => path == "/sitemaps/stories.xml");
        Assert.Single(site.RequestedPaths(), path => path == "/stories/bridge-blown-up");
    }

    private static Task<long> SaveFeedSourceAsync(IngestHarness harness, TestNewsSite site, bool allowPrivate) =>
        harness.Store.SaveSourceAsync(new SourceRecord
        {
            Name = "stories",
            Kind = SourceKind.Feed,
            Location = site.Url("/feeds/rss-stories.xml").AbsoluteUri,
            AllowPrivate = allowPrivate,
        });
}
