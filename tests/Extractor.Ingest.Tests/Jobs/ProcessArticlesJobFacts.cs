using Extractor.Data.Model;
using Extractor.Ingest.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Ingest.Tests.Jobs;

public sealed class ProcessArticlesJobFacts
{
    [Fact]
    public async Task Run_OnAnArticleWhoseEarlierAttemptsNeverFinished_GivesUpAfterMaxAttempts()
    {
        await using var harness = await IngestHarness.CreateAsync(new IngestOptions { MaxAttempts = 2 });
        var sourceId = await harness.Store.SaveSourceAsync(new SourceRecord { Name = "test", Kind = SourceKind.Folder, Location = harness.ArticleFolder });
        var discovered = await harness.Services.GetRequiredService<CrawlSourceJob>().Run(sourceId);
        var raid = discovered[1];
        // Two workers claimed the article and died before saving anything.
        await harness.Store.ClaimArticlesAsync([raid], "crashed-1", TimeSpan.FromMilliseconds(-1));
        await harness.Store.ClaimArticlesAsync([raid], "crashed-2", TimeSpan.FromMilliseconds(-1));

        var extracted = await harness.Services.GetRequiredService<ProcessArticlesJob>().Run([raid]);

        Assert.Equal(0, extracted);
        var article = await harness.Store.GetArticleAsync(raid);
        Assert.Equal((ArticleState.Failed, 3), (article!.State, article.Attempts));
        Assert.Contains("gave up after 2 attempts", article.FailureReason, StringComparison.Ordinal);
    }
}
