using Dapper;
using Extractor.Data.Export;
using Extractor.Data.Model;
using Extractor.Data.Review;

namespace Extractor.Data.Tests.Clusters;

public sealed class EventClusterStoreFacts
{
    private static readonly DateOnly Friday = new(2025, 3, 14);
    private static readonly DateOnly Saturday = new(2025, 3, 15);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveExtraction_TwoOutletsReportingOneAirstrike_AreReviewedAsOneFact(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var source = await StoreTestData.AddSourceAsync(test.Store);
        var first = await SaveAsync(test, source, "first.txt", ClusterReports.FirstOutlet, Friday);
        var second = await SaveAsync(test, source, "second.txt", ClusterReports.SecondOutlet, Saturday);

        var queue = await new ReviewReadStore(test.Database).ListQueueAsync(new ReviewQueueFilter(Kind: FactKind.Event));
        var clusterFact = Assert.Single(queue);
        Assert.Equal(first, clusterFact.ArticleId);
        var sources = await test.Store.ListClusterSourcesAsync(clusterFact.Id);
        Assert.Equal(["file:///tmp/first.txt", "file:///tmp/second.txt"], sources.Select(s => s.ArticleUrl));
        Assert.Equal([ClusterReports.FirstOutlet, ClusterReports.SecondOutlet], sources.Select(s => s.EvidenceText));
        Assert.Equal(sources.Select(s => s.FactId), (await test.Store.ListClusterSourcesAsync(sources[1].FactId)).Select(s => s.FactId));

        await test.Store.DecideFactAsync(new FactReview(clusterFact.Id, clusterFact.Version, ReviewAction.Approve, "ana"), canReview: false);

        var secondFact = await test.Store.GetFactAsync(sources.Single(s => s.ArticleId == second).FactId);
        Assert.Equal(FactStatus.Approved, secondFact!.Status);
        var exported = new List<ExportedFact>();
        await foreach (var fact in test.Store.StreamExportAsync(new ExportQuery()))
        {
            exported.Add(fact);
        }

        var exportedEvent = Assert.Single(exported, fact => fact.Kind == FactKind.Event);
        Assert.Equal((clusterFact.Id, 2), (exportedEvent.Id, exportedEvent.SourceCount));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveExtraction_TheSameKindOfStrikeInAnotherRegion_StaysASeparateFact(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var source = await StoreTestData.AddSourceAsync(test.Store);
        await SaveAsync(test, source, "first.txt", ClusterReports.FirstOutlet, Friday);
        await SaveAsync(test, source, "other.txt", ClusterReports.OtherRegion, Friday);

        var queue = await new ReviewReadStore(test.Database).ListQueueAsync(new ReviewQueueFilter(Kind: FactKind.Event));
        Assert.Equal(2, queue.Count);
        foreach (var fact in queue)
        {
            Assert.Single(await test.Store.ListClusterSourcesAsync(fact.Id));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveExtraction_ReprocessingAReport_DoesNotDuplicateItsMembership(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var source = await StoreTestData.AddSourceAsync(test.Store);
        await SaveAsync(test, source, "first.txt", ClusterReports.FirstOutlet, Friday);
        var second = await SaveAsync(test, source, "second.txt", ClusterReports.SecondOutlet, Saturday);

        await test.Store.SaveExtractionAsync(second, ClusterReports.Extract("file:///tmp/second.txt", ClusterReports.SecondOutlet, Saturday));
        await test.Store.SaveExtractionAsync(second, ClusterReports.Extract("file:///tmp/second.txt", ClusterReports.SecondOutlet, Saturday));

        await using var connection = await test.Database.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM event_clusters"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM event_cluster_members"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM facts WHERE cluster_fact_id IS NOT NULL"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveExtraction_ARemovedFirstReport_HandsTheClusterToTheNextReport(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var source = await StoreTestData.AddSourceAsync(test.Store);
        var first = await SaveAsync(test, source, "first.txt", ClusterReports.FirstOutlet, Friday);
        var second = await SaveAsync(test, source, "second.txt", ClusterReports.SecondOutlet, Saturday);

        await test.Store.SaveExtractionAsync(first, ClusterReports.Extract("file:///tmp/first.txt", "The army said nothing.", Friday));

        var queue = await new ReviewReadStore(test.Database).ListQueueAsync(new ReviewQueueFilter(Kind: FactKind.Event));
        var fact = Assert.Single(queue);
        Assert.Equal(second, fact.ArticleId);
        Assert.Equal([second], (await test.Store.ListClusterSourcesAsync(fact.Id)).Select(s => s.ArticleId));
    }

    private static async Task<long> SaveAsync(TestDatabase test, long source, string name, string text, DateOnly published)
    {
        var articleId = await StoreTestData.AddArticleAsync(test.Store, source, name, text);
        await test.Store.SaveExtractionAsync(articleId, ClusterReports.Extract("file:///tmp/" + name, text, published));
        return articleId;
    }
}
