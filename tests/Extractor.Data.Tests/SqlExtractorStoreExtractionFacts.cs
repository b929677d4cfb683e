using System.Text;
using Dapper;
using Extractor.Data.Model;

namespace Extractor.Data.Tests;

public sealed class SqlExtractorStoreExtractionFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveExtraction_Twice_CreatesNoDuplicateEntitiesEventsOrFacts(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var articleId = await StoreTestData.AddArticleAsync(test.Store, await StoreTestData.AddSourceAsync(test.Store), "a.txt");

        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        var first = await CountRowsAsync(test);
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        var second = await CountRowsAsync(test);

        Assert.Equal((3L, 4L, 4L, 1L, 2L, 4L), first);
        Assert.Equal(first, second);
        var article = await test.Store.GetArticleAsync(articleId);
        Assert.Equal(ArticleState.Extracted, article!.State);
        Assert.Equal("test-1", article.PipelineVersion);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveExtraction_GivesADescriptiveArgumentNoEntityFact_ButKeepsItAsTheEventsArgument(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var articleId = await StoreTestData.AddArticleAsync(test.Store, await StoreTestData.AddSourceAsync(test.Store), "a.txt");
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.CreateWithParticipant());

        var facts = await test.Store.ListFactsAsync(null, 0, 100);
        Assert.Equal(["geo:3687238", "group:eln", "leader:gustavo-petro"], facts.Where(fact => fact.Kind == FactKind.Entity).Select(fact => fact.SubjectId).Order(StringComparer.Ordinal));
        await using var connection = await test.Database.OpenAsync();
        Assert.Equal(SampleExtraction.ParticipantId, await connection.ExecuteScalarAsync<string>("SELECT entity_id FROM event_arguments WHERE role = 'target'"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveExtraction_KeepsAReviewWhenValuesAreUnchanged_AndReopensItWhenTheyChange(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var articleId = await StoreTestData.AddArticleAsync(test.Store, await StoreTestData.AddSourceAsync(test.Store), "a.txt");
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        var eventFact = (await test.Store.ListFactsAsync(null, 0, 100)).Single(fact => fact.Kind == FactKind.Event);
        await test.Store.DecideFactAsync(new FactReview(eventFact.Id, eventFact.Version, ReviewAction.Approve, "ana"), canReview: false);

        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        var kept = await test.Store.GetFactAsync(eventFact.Id);
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create("test-2", killed: 9));
        var reopened = await test.Store.GetFactAsync(eventFact.Id);

        Assert.Equal(FactStatus.Approved, kept!.Status);
        Assert.Equal("ana", kept.DecidedBy);
        Assert.Equal(FactStatus.Pending, reopened!.Status);
        Assert.Equal("test-2", reopened.PipelineVersion);
        Assert.Contains("\"killed\":9", reopened.ValuesJson, StringComparison.Ordinal);
        Assert.True(reopened.ChangeSeq > kept.ChangeSeq);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpsertDiscoveredArticle_WithUnchangedContent_ReportsNoChangeAndKeepsTheState(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var articleId = await StoreTestData.AddArticleAsync(test.Store, sourceId, "a.txt");
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());

        var same = await test.Store.UpsertDiscoveredArticleAsync(new DiscoveredArticle(sourceId, "file:///tmp/a.txt", Encoding.UTF8.GetBytes(SampleExtraction.Text)));
        var edited = await test.Store.UpsertDiscoveredArticleAsync(new DiscoveredArticle(sourceId, "file:///tmp/a.txt", Encoding.UTF8.GetBytes(SampleExtraction.Text + " More.")));

        Assert.Equal(new UpsertOutcome(articleId, false), same);
        Assert.Equal(new UpsertOutcome(articleId, true), edited);
        Assert.Equal(ArticleState.Fetched, (await test.Store.GetArticleAsync(articleId))!.State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetSummary_CountsArticlesEntitiesAndEventsByKind_LeavingOutDescriptions(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var sourceId = await StoreTestData.AddSourceAsync(test.Store);
        var extracted = await StoreTestData.AddArticleAsync(test.Store, sourceId, "a.txt");
        var failed = await StoreTestData.AddArticleAsync(test.Store, sourceId, "b.txt", "other");
        await test.Store.SaveExtractionAsync(extracted, SampleExtraction.CreateWithParticipant());
        await test.Store.MarkFailedAsync(failed, "no body text");

        var summary = await test.Store.GetSummaryAsync();

        Assert.Equal(2, summary.Articles);
        Assert.Equal(1, summary.ArticlesByState[ArticleState.Failed]);
        Assert.Equal(1, summary.EntitiesByType["leader"]);
        Assert.Equal(1, summary.EntitiesByType["group"]);
        Assert.Equal(1, summary.EventsByType["ASSAULT"]);
        Assert.Equal("no body text", (await test.Store.GetArticleAsync(failed))!.FailureReason);
    }

    private static async Task<(long Entities, long Aliases, long Mentions, long Events, long Arguments, long Facts)> CountRowsAsync(TestDatabase test)
    {
        await using var connection = await test.Database.OpenAsync();
        async Task<long> CountAsync(string table) => await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
        return (await CountAsync("entities"), await CountAsync("entity_aliases"), await CountAsync("mentions"),
            await CountAsync("events"), await CountAsync("event_arguments"), await CountAsync("facts"));
    }
}
