using System.Globalization;
using Extractor.Ingest.Feeds;
using Extractor.Ingest.Fetching;
using Extractor.Ingest.Tests.Fetching;

namespace Extractor.Ingest.Tests.Feeds;

public sealed class FeedReaderFacts : IAsyncLifetime
{
    private TestNewsSite _site = null!;

    public async Task InitializeAsync() => _site = await TestNewsSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Read_ListsRssItemsWithTitlesDatesAndChannelLanguage()
    {
        var feed = await FetchFeedAsync("/feeds/rss.xml");

        Assert.Equal(2, feed.Links.Count);
        var first = feed.Links[0];
        Assert.Equal("Port workers end strike after pay deal", first.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("en-gb", first.Language);
        Assert.Equal(_site.Url("/news/port-strike-ends"), UrlCanonicalizer.Canonicalize(first.Url));
        Assert.Equal(_site.Url("/news/floods-close-roads"), feed.Links[1].Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 18, 5, 0, TimeSpan.FromHours(-5)), feed.Links[1].Published);
    }

    [Fact]
    public async Task Read_ListsAtomEntriesByTheirAlternateLink_ResolvedAgainstTheFeed()
    {
        var feed = await FetchFeedAsync("/feeds/atom.xml");

        Assert.Equal([_site.Url("/news/depouillement"), _site.Url("/news/grain-exports")], feed.Links.Select(l => l.Url));
        Assert.Equal("Élections municipales : le dépouillement commence", feed.Links[0].Title);
        Assert.Equal(DateTimeOffset.Parse("2026-11-22T20:15:00+01:00", CultureInfo.InvariantCulture), feed.Links[0].Published);
        Assert.Equal(["fr", "en"], feed.Links.Select(l => l.Language));
        Assert.Equal(DateTimeOffset.Parse("2026-11-21T07:45:00Z", CultureInfo.InvariantCulture), feed.Links[1].Published);
    }

    [Fact]
    public async Task Read_FollowsASitemapIndexToNewsSitemapEntries()
    {
        var index = await FetchFeedAsync("/sitemaps/index.xml");
        var news = await FetchFeedAsync(index.ChildSitemaps[0].PathAndQuery);

        Assert.Empty(index.Links);
        Assert.Equal([_site.Url("/sitemaps/news.xml"), _site.Url("/sitemaps/archive-2025.xml")], index.ChildSitemaps);
        var story = news.Links[0];
        Assert.Equal(_site.Url("/news/ceasefire-talks"), story.Url);
        Assert.Equal("Ceasefire talks resume in the capital", story.Title);
        Assert.Equal("en", story.Language);
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T07:00:00+02:00", CultureInfo.InvariantCulture), story.Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), news.Links[1].Published);
        Assert.Null(news.Links[1].Title);
    }

    [Fact]
    public void Read_RefusesADocumentTypeDefinition_SoEntitiesCannotExpand()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY boom "boom">]>
            <rss version="2.0"><channel><item><title>&boom;</title><link>https://example.com/a</link></item></channel></rss>
            """;

        Assert.Empty(FeedReader.Read(xml, new Uri("https://example.com/feed")).Links);
    }

    private async Task<FeedContents> FetchFeedAsync(string path)
    {
        var result = await TestFetchers.Create().FetchAsync(TestFetchers.FromTestSource(_site.Url(path)), CancellationToken.None);
        Assert.Equal(FetchStatus.Ok, result.Status);
        return FeedReader.Read(BodyText.Decode(result.Body.Span, result.Charset), result.FinalUrl);
    }
}
