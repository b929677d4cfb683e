using System.Net;
using System.Net.Sockets;
using Extractor.Data;
using Extractor.Data.Model;
using Extractor.Ingest.Tests.Fetching;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage;

namespace Extractor.Ingest.Tests.Scale;

public sealed class ServeRecurringCrawlFacts
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    [PostgresFact]
    public async Task SourcesAddWithACron_ThenServe_RunsTheRecurringCrawlAndArticlesAppear()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var schema = await PostgresSchema.CreateAsync();
        var feed = site.Url("/feeds/rss-stories.xml").AbsoluteUri;

        var added = await CliProcess.WaitAsync(
            CliProcess.Start(schema.ConnectionString, "sources", "add", "--feed", feed, "--cron", "*/15 * * * *", "--allow-private"), CommandTimeout);
        Assert.True(added.ExitCode == 0, added.Error);
        var sourceId = long.Parse(added.Output.Split('\t')[0], System.Globalization.CultureInfo.InvariantCulture);
        var jobId = SourceScheduler.JobIdFor(sourceId);

        var serve = CliProcess.Start(schema.ConnectionString, "serve", "--urls", $"http://127.0.0.1:{FreePort()}");
        try
        {
            var storage = HangfireStorage(schema.ConnectionString);
            using (var connection = storage.GetConnection())
            {
                var recurring = Assert.Single(connection.GetRecurringJobs(), job => job.Id == jobId);
                Assert.Equal("*/15 * * * *", recurring.Cron);
            }

            // The next */15 slot may be minutes away: trigger the recurring job now, as the dashboard's "Trigger now" does.
            new RecurringJobManager(storage).Trigger(jobId);
            var store = new SqlExtractorStore(Database.Create(new StoreOptions(schema.ConnectionString)));
            var extracted = await WaitForExtractedAsync(store, 3, serve);

            Assert.Equal(3, extracted);
            Assert.Equal(3, site.RequestedPaths().Count(path => path.StartsWith("/stories/", StringComparison.Ordinal)));
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private static async Task<int> WaitForExtractedAsync(SqlExtractorStore store, int expected, System.Diagnostics.Process serve)
    {
        var deadline = DateTime.UtcNow + RunTimeout;
        while (DateTime.UtcNow < deadline && !serve.HasExited)
        {
            var extracted = (await store.GetSummaryAsync()).ArticlesByState.GetValueOrDefault(ArticleState.Extracted);
            if (extracted >= expected) return extracted;
            await Task.Delay(500);
        }

        return (await store.GetSummaryAsync()).ArticlesByState.GetValueOrDefault(ArticleState.Extracted);
    }

    private static PostgreSqlStorage HangfireStorage(string connectionString)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
