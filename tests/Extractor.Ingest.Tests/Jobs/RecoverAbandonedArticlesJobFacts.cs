using Extractor.Data.Model;
using Extractor.Ingest.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Ingest.Tests.Jobs;

public sealed class RecoverAbandonedArticlesJobFacts
{
    [Fact]
    public async Task Run_RequeuesArticlesWhoseJobWasLost_SoTheyAreStillExtracted()
    {
        await using var harness = await IngestHarness.CreateAsync(new IngestOptions { UnclaimedGrace = TimeSpan.Zero });
        var sourceId = await harness.Store.SaveSourceAsync(new SourceRecord { Name = "test", Kind = SourceKind.Folder, Location = harness.ArticleFolder });
        // The crawl queued processing jobs, but no server ever runs them: they are lost.
        var discovered = await harness.Services.GetRequiredService<CrawlSourceJob>().Run(sourceId);
        await Task.Delay(10);

        var requeued = await harness.Services.GetRequiredService<RecoverAbandonedArticlesJob>().Run();
        await harness.Services.GetRequiredService<ProcessArticlesJob>().Run([.. discovered]);

        Assert.Equal(3, requeued);
        Assert.Equal(2, (await harness.Store.GetSummaryAsync()).ArticlesByState[ArticleState.Extracted]);
        Assert.Equal(0, await harness.Services.GetRequiredService<RecoverAbandonedArticlesJob>().Run());
    }
}
