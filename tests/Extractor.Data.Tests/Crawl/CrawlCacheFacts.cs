using Extractor.Data.Model;

namespace Extractor.Data.Tests.Crawl;

public sealed class CrawlCacheFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetRobots_ReturnsTheSavedRulesUntilTheyExpire(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var fresh = new StoredRobots("D /private/\nA /private/press\n", 2500, DateTimeOffset.UtcNow.AddHours(1));
        await test.Store.SaveRobotsAsync("https://news.example", fresh);
        await test.Store.SaveRobotsAsync("https://old.example", fresh with { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1) });

        var read = await test.Store.GetRobotsAsync("https://news.example");

        Assert.Equal(fresh.Rules, read!.Rules);
        Assert.Equal(2500, read.CrawlDelayMs);
        Assert.Null(await test.Store.GetRobotsAsync("https://old.example"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListingValidators_AreKeptPerUrl_ButArticlesKeepTheirsOnTheirOwnRow(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        await test.Store.SaveListingValidatorsAsync("https://news.example/feed.xml", new StoredValidators("\"f1\"", null));
        await test.Store.RegisterDiscoveredAsync(sourceId, ["https://news.example/a"]);
        await test.Store.SaveListingValidatorsAsync("https://news.example/a", new StoredValidators("\"not-kept\"", null));

        var beforeFetch = await test.Store.GetValidatorsAsync("https://news.example/a");
        await test.Store.UpsertDiscoveredArticleAsync(
            new DiscoveredArticle(sourceId, "https://news.example/a", "<p>body</p>"u8.ToArray(), "\"a1\"", "Mon, 23 Nov 2026 10:00:00 GMT"));

        Assert.Equal("\"f1\"", (await test.Store.GetValidatorsAsync("https://news.example/feed.xml"))!.ETag);
        Assert.Null(beforeFetch);
        var article = await test.Store.GetValidatorsAsync("https://news.example/a");
        Assert.Equal("\"a1\"", article!.ETag);
        Assert.Equal("Mon, 23 Nov 2026 10:00:00 GMT", article.LastModified);
    }
}
