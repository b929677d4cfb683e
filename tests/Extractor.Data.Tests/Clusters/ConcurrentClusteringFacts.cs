using Dapper;

namespace Extractor.Data.Tests.Clusters;

public sealed class ConcurrentClusteringFacts
{
    private const int Workers = 6;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveExtraction_WorkersSavingReportsOfOneEventAtOnce_BuildOneCluster(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var source = await StoreTestData.AddSourceAsync(test.Store);
        var published = new DateOnly(2025, 3, 14);
        var articles = new List<(long Id, string Url, string Text)>();
        for (var i = 0; i < Workers; i++)
        {
            var text = (i % 2 == 0 ? ClusterReports.FirstOutlet : ClusterReports.SecondOutlet) + $" Update {i}.";
            var name = $"outlet-{i}.txt";
            articles.Add((await StoreTestData.AddArticleAsync(test.Store, source, name, text), "file:///tmp/" + name, text));
        }

        using var start = new SemaphoreSlim(0);
        var saves = articles.Select(article => Task.Run(async () =>
        {
            await start.WaitAsync();
            await test.Store.SaveExtractionAsync(article.Id, ClusterReports.Extract(article.Url, article.Text, published));
        })).ToList();
        start.Release(Workers);
        await Task.WhenAll(saves);

        await using var connection = await test.Database.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM event_clusters"));
        Assert.Equal(Workers, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM event_cluster_members"));
        Assert.Equal(Workers - 1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM facts WHERE cluster_fact_id IS NOT NULL"));
    }
}
