using Dapper;
using Extractor.Data.Model;
using Extractor.Data.Review;

namespace Extractor.Data.Tests.Review;

public sealed class ReviewWorkflowStoreFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Undo_RevertsTheLastDecisionAsANewVersionWithAnUndoAuditRow(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var fact = (await PendingFactsAsync(test)).First(f => f.Kind == FactKind.Event);
        await test.Store.DecideFactAsync(new FactReview(fact.Id, fact.Version, ReviewAction.Reject, "ana", Reason: "not an attack"), canReview: false);

        var result = await test.Store.UndoLastDecisionAsync("ana");

        var current = (await test.Store.GetFactAsync(fact.Id))!;
        Assert.Equal((1, 0), (result.Undone, result.Refused));
        Assert.Equal((FactStatus.Pending, fact.Version + 2, fact.ValuesJson), (current.Status, current.Version, current.ValuesJson));
        var decisions = await new ReviewReadStore(test.Database).ListDecisionsAsync(fact.Id, 10);
        Assert.Equal([ReviewWorkflowAction.Undo, ReviewAction.Reject], decisions.Select(d => d.Action));
        Assert.Equal(decisions[1].Id, decisions[0].UndoesId);
        Assert.Contains("\"status\":\"rejected\"", decisions[0].BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"pending\"", decisions[0].AfterJson, StringComparison.Ordinal);
        Assert.Equal(ReviewStage.Suggested, (await new ReviewReadStore(test.Database).GetStageAsync(fact.Id)).Stage);
        Assert.Equal(0, (await test.Store.UndoLastDecisionAsync("ana")).Undone);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Undo_IsRefusedWhenSomeoneDecidedTheFactSince(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var fact = (await PendingFactsAsync(test)).First();
        var analysed = await test.Store.DecideFactAsync(new FactReview(fact.Id, fact.Version, ReviewAction.Approve, "ana"), canReview: false);
        await test.Store.DecideFactAsync(new FactReview(fact.Id, analysed.Version, ReviewAction.Reject, "rita", Reason: "wrong actor"), canReview: true);

        var result = await test.Store.UndoLastDecisionAsync("ana");

        Assert.Equal((0, 1), (result.Undone, result.Refused));
        Assert.Contains("rita decided", result.Message, StringComparison.Ordinal);
        Assert.Equal(FactStatus.Rejected, (await test.Store.GetFactAsync(fact.Id))!.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReviewerOverturnsAnAnalyst_AndAnAnalystCannotChangeTheReviewersDecision(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var reads = new ReviewReadStore(test.Database);
        var fact = (await PendingFactsAsync(test)).First();
        var analysed = await test.Store.DecideFactAsync(new FactReview(fact.Id, fact.Version, ReviewAction.Approve, "ana"), canReview: false);
        Assert.Equal((ReviewStage.Analyst, FactStatus.Approved), await reads.GetStageAsync(fact.Id));

        var reviewed = await test.Store.DecideFactAsync(new FactReview(fact.Id, analysed.Version, ReviewAction.Reject, "rita", Reason: "duplicate"), canReview: true);

        Assert.Equal(FactStatus.Rejected, reviewed.Status);
        Assert.Equal((ReviewStage.Reviewer, FactStatus.Approved), await reads.GetStageAsync(fact.Id));
        await Assert.ThrowsAsync<ReviewStageException>(
            () => test.Store.DecideFactAsync(new FactReview(fact.Id, reviewed.Version, ReviewAction.Approve, "ben"), canReview: false));
        var pairs = await reads.ListAgreementPairsAsync();
        Assert.Equal([(FactStatus.Approved, FactStatus.Rejected)], pairs[fact.Kind]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReviewerConfirm_KeepsTheAnalystsStatus_AndIsRefusedOnAnUndecidedFact(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var facts = await PendingFactsAsync(test);
        var analysed = await test.Store.DecideFactAsync(new FactReview(facts[0].Id, facts[0].Version, ReviewAction.Reject, "ana", Reason: "r"), canReview: false);

        var confirmed = await test.Store.DecideFactAsync(new FactReview(analysed.Id, analysed.Version, ReviewWorkflowAction.Confirm, "rita"), canReview: true);

        Assert.Equal(FactStatus.Rejected, confirmed.Status);
        Assert.Equal(ReviewStage.Reviewer, (await new ReviewReadStore(test.Database).GetStageAsync(confirmed.Id)).Stage);
        await Assert.ThrowsAsync<ReviewStageException>(
            () => test.Store.DecideFactAsync(new FactReview(facts[1].Id, facts[1].Version, ReviewWorkflowAction.Confirm, "rita"), canReview: true));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LeasedFact_IsRefusedToOthersAndLeftOutOfTheirQueue_UntilADecisionReleasesIt(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var reads = new ReviewReadStore(test.Database);
        var fact = (await PendingFactsAsync(test)).First();

        var anasLease = await test.Store.LeaseFactAsync(fact.Id, "ana", TimeSpan.FromMinutes(5));
        var bensAttempt = await test.Store.LeaseFactAsync(fact.Id, "ben", TimeSpan.FromMinutes(5));

        Assert.Equal("ana", anasLease.Holder);
        Assert.Equal("ana", bensAttempt.Holder);
        Assert.DoesNotContain(await reads.ListQueueAsync(new ReviewQueueFilter(Viewer: "ben")), f => f.Id == fact.Id);
        Assert.Contains(await reads.ListQueueAsync(new ReviewQueueFilter(Viewer: "ana")), f => f.Id == fact.Id);

        await test.Store.DecideFactAsync(new FactReview(fact.Id, fact.Version, ReviewAction.Approve, "ana"), canReview: false);

        Assert.Equal("ben", (await test.Store.LeaseFactAsync(fact.Id, "ben", TimeSpan.FromMinutes(5))).Holder);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BulkDecision_SharesOneBulkId_AndItsUndoLeavesFactsDecidedSinceAlone(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var facts = await PendingFactsAsync(test);
        var first = facts[0];

        var bulk = await test.Store.BulkDecideAsync(new ReviewQueueFilter(), ReviewAction.Approve, "ana", canReview: false, null, 1000);
        var decidedSince = (await test.Store.GetFactAsync(first.Id))!;
        await test.Store.DecideFactAsync(new FactReview(first.Id, decidedSince.Version, ReviewAction.Reject, "rita", Reason: "no"), canReview: true);
        var undo = await test.Store.UndoLastDecisionAsync("ana");

        Assert.Equal((facts.Count, 0), (bulk.Changed, bulk.Skipped));
        await using var connection = await test.Database.OpenAsync();
        Assert.Equal(
            facts.Count,
            await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM review_decisions WHERE bulk_id = @BulkId AND action = 'approve'", new { bulk.BulkId }));
        Assert.Equal((facts.Count - 1, 1), (undo.Undone, undo.Refused));
        Assert.Equal(FactStatus.Rejected, (await test.Store.GetFactAsync(first.Id))!.Status);
        foreach (var fact in facts.Skip(1))
        {
            Assert.Equal(FactStatus.Pending, (await test.Store.GetFactAsync(fact.Id))!.Status);
        }
    }

    private static async Task<IReadOnlyList<FactRecord>> PendingFactsAsync(TestDatabase test)
    {
        var articleId = await StoreTestData.AddArticleAsync(test.Store, await StoreTestData.AddSourceAsync(test.Store), "a.txt");
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        return await test.Store.ListFactsAsync(FactStatus.Pending, 0, 100);
    }
}
