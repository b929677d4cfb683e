using Extractor.Data.Model;
using Extractor.Ingest.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Ingest.Tests.Jobs;

public sealed class CrawlSourceJobFacts
{
    [Fact]
    public async Task CrawlThenProcess_ExtractsTheGoodArticles_AndRecordsWhyTheBrokenOneFailed()
    {
        await using var harness = await IngestHarness.CreateAsync();
        var sourceId = await harness.Store.SaveSourceAsync(new SourceRecord { Name = "test", Kind = SourceKind.Folder, Location = harness.ArticleFolder });

        var discovered = await harness.Services.GetRequiredService<CrawlSourceJob>().Run(sourceId);
        var extracted = await harness.Services.GetRequiredService<ProcessArticlesJob>().Run([.. discovered]);

        Assert.Equal(3, discovered.Count);
        Assert.Equal(2, extracted);
        var summary = await harness.Store.GetSummaryAsync();
        Assert.Equal(2, summary.ArticlesByState[ArticleState.Extracted]);
        Assert.Equal(1, summary.ArticlesByState[ArticleState.Failed]);
        Assert.Equal(2, summary.EventsByType["ASSAULT"]);
        var broken = await harness.Store.GetArticleAsync(discovered[0]);
        Assert.EndsWith("broken.html", broken!.Url, StringComparison.Ordinal);
        Assert.Contains("not an HTML page", broken.FailureReason, StringComparison.Ordinal);
        Assert.NotNull((await harness.Store.GetSourceAsync(sourceId))!.LastRunAt);
    }

    [Fact]
    public async Task Recrawl_OfAnUnchangedFolder_QueuesNothingAndCreatesNothing()
    {
        await using var harness = await IngestHarness.CreateAsync();
        var sourceId = await harness.Store.SaveSourceAsync(new SourceRecord { Name = "test", Kind = SourceKind.Folder, Location = harness.ArticleFolder });
        var crawl = harness.Services.GetRequiredService<CrawlSourceJob>();
        await harness.Services.GetRequiredService<ProcessArticlesJob>().Run([.. await crawl.Run(sourceId)]);
        var before = await harness.Store.GetSummaryAsync();

        var second = await crawl.Run(sourceId);
        var reprocessed = await harness.Services.GetRequiredService<ProcessArticlesJob>().Run([1, 2, 3]);

        Assert.Empty(second);
        Assert.Equal(0, reprocessed);
        var after = await harness.Store.GetSummaryAsync();
        Assert.Equal(before.ArticlesByState, after.ArticlesByState);
        Assert.Equal(before.EntitiesByType, after.EntitiesByType);
        Assert.Equal(before.FactsByStatus, after.FactsByStatus);
    }
}
