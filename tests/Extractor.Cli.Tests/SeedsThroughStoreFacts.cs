using Extractor.Core.Pipeline;
using Extractor.Data;
using Extractor.Data.Export;
using Extractor.Data.Model;
using Extractor.Data.Tests;
using Extractor.Ingest;
using Extractor.Ingest.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Cli.Tests;

/// <summary>The walking skeleton end to end: seed folder → crawl job → pipeline → store → review → export.</summary>
public sealed class SeedsThroughStoreFacts
{
    private static readonly ArticlePipeline Pipeline = DefaultPipeline.Create();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seeds_AreCrawledExtractedReviewedAndExported_AndACrawlAgainAddsNoDuplicates(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var services = new ServiceCollection()
            .AddExtractorIngest(test.Database.ConnectionString)
            .AddSingleton(Pipeline)
            .BuildServiceProvider();
        var runner = services.GetRequiredService<IngestRunner>();
        var store = services.GetRequiredService<IExtractorStore>();
        var sourceId = await store.SaveSourceAsync(new SourceRecord { Name = "seeds", Kind = SourceKind.Folder, Location = SeedArticles.Folder });

        var first = await runner.CrawlAndWaitAsync(sourceId, TimeSpan.FromMinutes(2));
        var second = await runner.CrawlAndWaitAsync(sourceId, TimeSpan.FromMinutes(2));

        Assert.Equal(2, first.ArticlesByState[ArticleState.Extracted]);
        Assert.Equal(first.EntitiesByType, second.EntitiesByType);
        Assert.Equal(first.EventsByType, second.EventsByType);
        Assert.Equal(first.FactsByStatus, second.FactsByStatus);
        Assert.True(first.EventsByType.GetValueOrDefault("ASSAULT") >= 2, "both seed ASSAULT events are stored");

        var facts = await store.ListFactsAsync(FactStatus.Pending, 0, 1000);
        var airstrike = facts.First(f => f.Kind == FactKind.Event && f.ValuesJson.Contains("\"killed\":7", StringComparison.Ordinal));
        await store.DecideFactAsync(new FactReview(airstrike.Id, airstrike.Version, ReviewAction.Approve, "analyst"), canReview: false);

        using var export = new MemoryStream();
        var result = await new JsonlExporter(store).WriteAsync(export, 0, allStatuses: false);

        var line = Assert.Single(System.Text.Encoding.UTF8.GetString(export.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("ASSAULT", line, StringComparison.Ordinal);
        Assert.Contains("catatumbo-airstrike.txt", line, StringComparison.Ordinal);
        Assert.Equal(1, result.Count);
    }
}
