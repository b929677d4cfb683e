namespace Extractor.Data.Tests;

public sealed class SqlExtractorStoreClaimFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClaimArticles_FromConcurrentClaimers_HandsEachArticleToOneOfThem(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var ids = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await StoreTestData.AddArticleAsync(test.Store, sourceId, $"{i}.txt", $"article {i}"));
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(worker =>
            Task.Run(() => test.Store.ClaimArticlesAsync(ids, $"worker-{worker}", TimeSpan.FromMinutes(5)))));

        var claimed = claims.SelectMany(batch => batch.Select(article => article.Id)).ToList();
        Assert.Equal(ids.Order(), claimed.Order());
        Assert.All(claims.SelectMany(batch => batch), article => Assert.Equal(1, article.Attempts));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClaimArticles_ReturnsTheRawContent_AndSkipsArticlesUnderLease(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var articleId = await StoreTestData.AddArticleAsync(test.Store, sourceId, "a.txt", "Rebels seized the town.");

        var first = await test.Store.ClaimArticlesAsync([articleId], "one", TimeSpan.FromMinutes(5));
        var second = await test.Store.ClaimArticlesAsync([articleId], "two", TimeSpan.FromMinutes(5));

        Assert.Equal("Rebels seized the town."u8.ToArray(), Assert.Single(first).Raw);
        Assert.Empty(second);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindAbandonedArticles_ReturnsArticlesWhoseLeaseExpired(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var expired = await StoreTestData.AddArticleAsync(test.Store, sourceId, "a.txt", "one");
        var leased = await StoreTestData.AddArticleAsync(test.Store, sourceId, "b.txt", "two");
        var fresh = await StoreTestData.AddArticleAsync(test.Store, sourceId, "c.txt", "three");
        await test.Store.ClaimArticlesAsync([expired], "lost-job", TimeSpan.FromMilliseconds(-1));
        await test.Store.ClaimArticlesAsync([leased], "running-job", TimeSpan.FromMinutes(5));

        var abandoned = await test.Store.FindAbandonedArticlesAsync(TimeSpan.FromMinutes(5), 100);

        Assert.Equal([expired], abandoned);
        Assert.DoesNotContain(fresh, abandoned);
    }
}
