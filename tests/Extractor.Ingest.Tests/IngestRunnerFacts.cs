using Extractor.Data.Model;
using Extractor.Ingest.Tests.Fetching;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Ingest.Tests;

public sealed class IngestRunnerFacts
{
    [Fact]
    public async Task CrawlAndWait_ThroughAnInMemoryHangfireServer_ExtractsTwoArticlesAndFailsTheBrokenOne()
    {
        // One article per job, so both workers write to SQLite at the same time.
        await using var harness = await IngestHarness.CreateAsync(new IngestOptions { BatchSize = 1 });
        var source = new SourceRecord { Name = "test", Kind = SourceKind.Folder, Location = harness.ArticleFolder, Cron = "0 * * * *" };
        var sourceId = await harness.Store.SaveSourceAsync(source);
        harness.Services.GetRequiredService<SourceScheduler>().Schedule((await harness.Store.GetSourceAsync(sourceId))!);

        var summary = await harness.Services.GetRequiredService<IngestRunner>().CrawlAndWaitAsync(sourceId, TimeSpan.FromMinutes(2));
        var again = await harness.Services.GetRequiredService<IngestRunner>().CrawlAndWaitAsync(sourceId, TimeSpan.FromMinutes(2));

        Assert.Equal(2, summary.ArticlesByState[ArticleState.Extracted]);
        Assert.Equal(1, summary.ArticlesByState[ArticleState.Failed]);
        Assert.Equal(summary.FactsByStatus, again.FactsByStatus);
        Assert.Equal(summary.EventsByType, again.EventsByType);
        using var connection = harness.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs();
        Assert.Equal("0 * * * *", Assert.Single(recurring, job => job.Id == SourceScheduler.JobIdFor(sourceId)).Cron);
    }

    [Fact]
    public async Task CrawlAndWait_OfAFeedSource_ExtractsEveryStoryAndLeavesNoSourceError()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var harness = await IngestHarness.CreateAsync();
        var feed = new SourceRecord { Name = "stories", Kind = SourceKind.Feed, Location = site.Url("/feeds/rss-stories.xml").AbsoluteUri, AllowPrivate = true };
        var sourceId = await harness.Store.SaveSourceAsync(feed);

        var summary = await harness.Services.GetRequiredService<IngestRunner>().CrawlAndWaitAsync(sourceId, TimeSpan.FromMinutes(2));

        Assert.Equal(3, summary.ArticlesByState[ArticleState.Extracted]);
        Assert.Equal(3, summary.EventsByType["ASSAULT"]);
        Assert.Null((await harness.Store.GetSourceAsync(sourceId))!.LastError);
    }
}
