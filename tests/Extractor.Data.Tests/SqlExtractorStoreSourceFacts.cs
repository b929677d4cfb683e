using Extractor.Data.Model;

namespace Extractor.Data.Tests;

public sealed class SqlExtractorStoreSourceFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveSource_WithAnExistingName_UpdatesItAndKeepsItsId(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var first = await test.Store.SaveSourceAsync(new SourceRecord { Name = "seeds", Kind = SourceKind.Folder, Location = "/a", Cron = "0 * * * *" });
        var second = await test.Store.SaveSourceAsync(new SourceRecord { Name = "seeds", Kind = SourceKind.Folder, Location = "/b", Enabled = false });
        var runAt = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        await test.Store.RecordSourceRunAsync(first, runAt, "folder missing");

        Assert.Equal(first, second);
        var source = Assert.Single(await test.Store.ListSourcesAsync());
        Assert.Equal(("/b", null, false), (source.Location, source.Cron, source.Enabled));
        Assert.Equal((runAt, "folder missing"), (source.LastRunAt, source.LastError));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeleteSource_RefusesASourceWithArticles_AndDeletesAnEmptyOne(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var used = await StoreTestData.AddSourceAsync(test.Store, "used");
        var empty = await StoreTestData.AddSourceAsync(test.Store, "empty");
        await StoreTestData.AddArticleAsync(test.Store, used, "a.txt");

        Assert.False(await test.Store.DeleteSourceAsync(used));
        Assert.True(await test.Store.DeleteSourceAsync(empty));
        Assert.Null(await test.Store.GetSourceAsync(empty));
        Assert.NotNull(await test.Store.GetSourceAsync(used));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindArticleId_FindsAStoredUrlExactly_AndNothingForAnUnknownOne(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var articleId = await StoreTestData.AddArticleAsync(test.Store, sourceId, "a.txt");

        Assert.Equal(articleId, await test.Store.FindArticleIdAsync("file:///tmp/a.txt"));
        Assert.Null(await test.Store.FindArticleIdAsync("file:///tmp/b.txt"));
    }
}
