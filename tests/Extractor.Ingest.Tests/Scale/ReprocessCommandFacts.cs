using Extractor.Data;
using Extractor.Data.Migrations;
using Extractor.Data.Model;
using Extractor.Ingest.Tests.Fetching;
using Microsoft.Data.Sqlite;

namespace Extractor.Ingest.Tests.Scale;

public sealed class ReprocessCommandFacts
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Reprocess_ReparsesTheStoredPagesWithoutFetching_AndAReviewedFactKeepsItsReview()
    {
        await using var site = await TestNewsSite.StartAsync();
        var root = Directory.CreateTempSubdirectory("extractor-reprocess-");
        try
        {
            var connectionString = "Data Source=" + Path.Combine(root.FullName, "store.db");
            var database = Database.Create(new StoreOptions(connectionString));
            await new MigrationRunner(database).MigrateAsync();
            var store = new SqlExtractorStore(database);
            var sourceId = await store.SaveSourceAsync(new SourceRecord
            {
                Name = "stories",
                Kind = SourceKind.Feed,
                Location = site.Url("/feeds/rss-stories.xml").AbsoluteUri,
                AllowPrivate = true,
            });
            var crawl = await CliProcess.WaitAsync(CliProcess.Start(connectionString, "crawl-worker", $"{sourceId}"), CommandTimeout);
            Assert.True(crawl.ExitCode == 0, crawl.Output + crawl.Error);
            var fact = (await store.ListFactsAsync(null, 0, 1)).Single();
            var approved = await store.DecideFactAsync(new FactReview(fact.Id, fact.Version, ReviewAction.Approve, "ana"), canReview: false);
            var requestsBefore = site.RequestedPaths().Count;

            var reprocess = await CliProcess.WaitAsync(CliProcess.Start(connectionString, "reprocess", "--source", $"{sourceId}"), CommandTimeout);

            Assert.True(reprocess.ExitCode == 0, reprocess.Output + reprocess.Error);
            Assert.Contains("Reprocessed 3 article(s), 3 extracted", reprocess.Output, StringComparison.Ordinal);
            Assert.Equal(requestsBefore, site.RequestedPaths().Count);
            Assert.Equal(3, (await store.GetSummaryAsync()).ArticlesByState[ArticleState.Extracted]);
            var after = await store.GetFactAsync(fact.Id);
            Assert.Equal(FactStatus.Approved, after!.Status);
            Assert.Equal(approved.Version, after.Version);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Reprocess_WithoutAFilterOrAll_IsABadUsage()
    {
        var root = Directory.CreateTempSubdirectory("extractor-reprocess-");
        try
        {
            var result = await CliProcess.WaitAsync(CliProcess.Start("Data Source=" + Path.Combine(root.FullName, "store.db"), "reprocess"), CommandTimeout);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("give --source, --since or --all", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
