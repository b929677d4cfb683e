using Extractor.Data.Model;

namespace Extractor.Data.Tests.Crawl;

public sealed class PageFetchClaimFacts
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClaimPageFetch_FromConcurrentWorkers_HandsEachPageToOne(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var urls = Enumerable.Range(0, 10).Select(i => $"https://news.example/{i}").ToList();
        await test.Store.RegisterDiscoveredAsync(sourceId, urls);
        await test.Store.RegisterDiscoveredAsync(sourceId, urls);

        var claims = await Task.WhenAll(Enumerable.Range(0, 3).Select(worker => Task.Run(async () =>
        {
            var mine = new List<long>();
            foreach (var url in await test.Store.ListPendingFetchesAsync(sourceId, 3, 100))
            {
                if (await test.Store.ClaimPageFetchAsync(url, $"worker-{worker}", Lease, 3) is { } id) mine.Add(id);
            }

            return mine;
        })));

        Assert.Equal(10, claims.SelectMany(ids => ids).Distinct().Count());
        Assert.Equal(10, claims.Sum(ids => ids.Count));
        Assert.Equal(10, (await test.Store.GetSummaryAsync()).ArticlesByState[ArticleState.Discovered]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AFailedFetch_IsRetriedUntilItsAttemptsRunOut_AndKeepsItsReason(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        await test.Store.RegisterDiscoveredAsync(sourceId, ["https://news.example/gone"]);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var id = await test.Store.ClaimPageFetchAsync("https://news.example/gone", "worker", Lease, maxAttempts: 2);
            await test.Store.MarkFailedAsync(id!.Value, "HTTP 503");
        }

        var article = await test.Store.GetArticleAsync((await test.Store.FindArticleIdAsync("https://news.example/gone"))!.Value);
        Assert.Equal(ArticleState.Failed, article!.State);
        Assert.Equal("HTTP 503", article.FailureReason);
        Assert.Equal(2, article.Attempts);
        Assert.Null(await test.Store.ClaimPageFetchAsync("https://news.example/gone", "worker", Lease, maxAttempts: 2));
        Assert.Empty(await test.Store.ListPendingFetchesAsync(sourceId, 2, 100));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AFetchedPage_IsNoLongerPending(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        await test.Store.RegisterDiscoveredAsync(sourceId, ["https://news.example/a"]);
        var id = await test.Store.ClaimPageFetchAsync("https://news.example/a", "worker", Lease, 3);

        var outcome = await test.Store.UpsertDiscoveredArticleAsync(new DiscoveredArticle(sourceId, "https://news.example/a", "<p>body</p>"u8.ToArray()));

        Assert.Equal(id, outcome.ArticleId);
        Assert.True(outcome.Changed);
        Assert.Equal(ArticleState.Fetched, (await test.Store.GetArticleAsync(outcome.ArticleId))!.State);
        Assert.Empty(await test.Store.ListPendingFetchesAsync(sourceId, 3, 100));
    }
}
