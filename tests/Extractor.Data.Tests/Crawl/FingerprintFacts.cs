using Extractor.Data.Model;

namespace Extractor.Data.Tests.Crawl;

public sealed class FingerprintFacts
{
    private const ulong Story = 0x0123_4567_89AB_CDEF;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordFingerprint_LinksANearCopyToTheFirstArticle_AndLeavesADistantTextAlone(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var first = await StoreTestData.AddArticleAsync(test.Store, sourceId, "first.html", "first");
        var copy = await StoreTestData.AddArticleAsync(test.Store, sourceId, "copy.html", "copy");
        var other = await StoreTestData.AddArticleAsync(test.Store, sourceId, "other.html", "other");

        Assert.Null(await test.Store.RecordFingerprintAsync(first, Story, "hash-first", 3));

        // Three bits differ, one in each of three bands: only the fourth band still matches.
        Assert.Equal(first, await test.Store.RecordFingerprintAsync(copy, Story ^ 0x0000_0001_0001_0001, "hash-copy", 3));
        Assert.Null(await test.Store.RecordFingerprintAsync(other, Story ^ 0x000F_000F_0000_0000, "hash-other", 3));
        var stored = await test.Store.GetArticleAsync(copy);
        Assert.Equal(ArticleState.Duplicate, stored!.State);
        Assert.Equal(ArticleState.Fetched, (await test.Store.GetArticleAsync(other))!.State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordFingerprint_LinksAnExactTextCopyEvenWhenTheSimHashesAreFarApart(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var first = await StoreTestData.AddArticleAsync(test.Store, sourceId, "first.html", "first");
        var copy = await StoreTestData.AddArticleAsync(test.Store, sourceId, "copy.html", "copy");
        await test.Store.RecordFingerprintAsync(first, Story, "same-words", 3);

        Assert.Equal(first, await test.Store.RecordFingerprintAsync(copy, ~Story, "same-words", 3));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MarkParsed_StoresTheBodyAndTheParsedState(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var id = await StoreTestData.AddArticleAsync(test.Store, sourceId, "a.html", "<p>raw</p>");

        await test.Store.MarkParsedAsync(id, new ParsedArticle("Talks resume", "2026-11-02", "Rebels attacked a convoy."));

        var article = await test.Store.GetArticleAsync(id);
        Assert.Equal(ArticleState.Parsed, article!.State);
        Assert.Equal("Talks resume", article.Title);
        Assert.Equal("2026-11-02", article.Published);
        Assert.Equal("Rebels attacked a convoy.", article.Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ResetForReprocess_PutsOneSourcesStoredArticlesBackToFetched(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var wanted = await StoreTestData.AddSourceAsync(test.Store, "wanted");
        var other = await StoreTestData.AddSourceAsync(test.Store, "other");
        var failed = await StoreTestData.AddArticleAsync(test.Store, wanted, "a.html", "a");
        var duplicate = await StoreTestData.AddArticleAsync(test.Store, wanted, "b.html", "b");
        await StoreTestData.AddArticleAsync(test.Store, other, "c.html", "c");
        await test.Store.RegisterDiscoveredAsync(wanted, ["https://news.example/not-fetched"]);
        await test.Store.MarkFailedAsync(failed, "parser gave up");
        await test.Store.RecordFingerprintAsync(failed, Story, "h", 3);
        await test.Store.RecordFingerprintAsync(duplicate, Story, "h", 3);

        var reset = await test.Store.ResetForReprocessAsync(wanted, null);

        Assert.Equal([failed, duplicate], reset);
        Assert.All(reset, id => Assert.Equal(ArticleState.Fetched, test.Store.GetArticleAsync(id).Result!.State));
        Assert.Null((await test.Store.GetArticleAsync(failed))!.FailureReason);
    }
}
