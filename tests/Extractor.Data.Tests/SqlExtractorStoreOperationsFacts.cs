using Extractor.Data.Model;

namespace Extractor.Data.Tests;

public sealed class SqlExtractorStoreOperationsFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CountArticlesBySource_CountsEachSourcesStatesApart(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var first = await StoreTestData.AddSourceAsync(test.Store, "first");
        var second = await StoreTestData.AddSourceAsync(test.Store, "second");
        await StoreTestData.AddSourceAsync(test.Store, "empty");
        await StoreTestData.AddArticleAsync(test.Store, first, "a.txt");
        await test.Store.MarkFailedAsync(await StoreTestData.AddArticleAsync(test.Store, first, "b.txt"), "broken");
        await StoreTestData.AddArticleAsync(test.Store, second, "c.txt");

        var counts = await test.Store.CountArticlesBySourceAsync();

        Assert.Equal(
            [new SourceStateCount(first, ArticleState.Failed, 1), new SourceStateCount(first, ArticleState.Fetched, 1), new SourceStateCount(second, ArticleState.Fetched, 1)],
            counts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListSourceArticles_FiltersByStateAndPagesInIdOrder(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var other = await StoreTestData.AddSourceAsync(test.Store, "other");
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await StoreTestData.AddArticleAsync(test.Store, sourceId, $"{i}.txt", $"text {i}"));
        }

        await StoreTestData.AddArticleAsync(test.Store, other, "elsewhere.txt");
        await test.Store.MarkFailedAsync(ids[3], "timed out");

        var secondPage = await test.Store.ListSourceArticlesAsync(sourceId, null, 2, 2);
        var failed = Assert.Single(await test.Store.ListSourceArticlesAsync(sourceId, ArticleState.Failed, 0, 10));

        Assert.Equal(ids.Skip(2).Take(2), secondPage.Select(a => a.Id));
        Assert.Equal((ids[3], "timed out", "file:///tmp/3.txt"), (failed.Id, failed.FailureReason, failed.Url));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RetryFailedArticles_ResetsOnlyThatSourcesFailures(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var other = await StoreTestData.AddSourceAsync(test.Store, "other");
        var failed = await StoreTestData.AddArticleAsync(test.Store, sourceId, "failed.txt", "one");
        var fine = await StoreTestData.AddArticleAsync(test.Store, sourceId, "fine.txt", "two");
        var otherFailed = await StoreTestData.AddArticleAsync(test.Store, other, "other.txt", "three");
        await test.Store.ClaimArticlesAsync([failed], "worker", TimeSpan.FromMinutes(1));
        await test.Store.MarkFailedAsync(failed, "crashed");
        await test.Store.MarkFailedAsync(otherFailed, "crashed");

        var retried = await test.Store.RetryFailedArticlesAsync(sourceId, "ops");
        var again = await test.Store.RetryFailedArticlesAsync(sourceId, "ops");

        Assert.Equal([failed], retried);
        Assert.Empty(again);
        var article = (await test.Store.GetArticleAsync(failed))!;
        Assert.Equal((ArticleState.Fetched, 0, null), (article.State, article.Attempts, article.FailureReason));
        Assert.Equal(ArticleState.Fetched, (await test.Store.GetArticleAsync(fine))!.State);
        Assert.Equal(ArticleState.Failed, (await test.Store.GetArticleAsync(otherFailed))!.State);
        Assert.Single(await test.Store.ClaimArticlesAsync([failed], "worker", TimeSpan.FromMinutes(1)));
    }
}
