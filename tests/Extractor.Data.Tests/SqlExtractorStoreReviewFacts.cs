using Dapper;
using Extractor.Data.Model;

namespace Extractor.Data.Tests;

public sealed class SqlExtractorStoreReviewFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReviewFact_WithAStaleVersion_FailsAndRecordsNothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var fact = await ExtractedFactAsync(test);
        await test.Store.DecideFactAsync(new FactReview(fact.Id, fact.Version, ReviewAction.Approve, "ana"), canReview: false);

        await Assert.ThrowsAsync<StaleVersionException>(
            () => test.Store.DecideFactAsync(new FactReview(fact.Id, fact.Version, ReviewAction.Reject, "ben"), canReview: false));

        var current = await test.Store.GetFactAsync(fact.Id);
        Assert.Equal(FactStatus.Approved, current!.Status);
        Assert.Equal(fact.Version + 1, current.Version);
        await using var connection = await test.Database.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM review_decisions"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReviewFact_Correct_StoresNewValuesAndAppendsBeforeAndAfter(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var fact = await ExtractedFactAsync(test);
        var corrected = fact.ValuesJson.Replace("\"killed\":7", "\"killed\":8", StringComparison.Ordinal);

        var after = await test.Store.DecideFactAsync(new FactReview(fact.Id, fact.Version, ReviewAction.Correct, "ana", corrected, "count in paragraph 3"), canReview: false);

        Assert.Equal(FactStatus.Corrected, after.Status);
        Assert.Equal(corrected, after.ValuesJson);
        Assert.Equal(fact.ExtractedJson, after.ExtractedJson);
        Assert.Equal("ana", after.DecidedBy);
        await using var connection = await test.Database.OpenAsync();
        var decision = await connection.QuerySingleAsync<(string Username, string Action, string BeforeJson, string AfterJson, string Reason)>(
            "SELECT username, action, before_json, after_json, reason FROM review_decisions");
        Assert.Equal(("ana", ReviewAction.Correct, "count in paragraph 3"), (decision.Username, decision.Action, decision.Reason));
        Assert.Contains("\"killed\":7", decision.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"killed\":8", decision.AfterJson, StringComparison.Ordinal);
    }

    private static async Task<FactRecord> ExtractedFactAsync(TestDatabase test)
    {
        var articleId = await StoreTestData.AddArticleAsync(test.Store, await StoreTestData.AddSourceAsync(test.Store), "a.txt");
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        return (await test.Store.ListFactsAsync(FactStatus.Pending, 0, 100)).Single(fact => fact.Kind == FactKind.Event);
    }
}
