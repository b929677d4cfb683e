using System.Text.RegularExpressions;
using Extractor.Data;
using Extractor.Data.Migrations;
using Extractor.Data.Model;
using Extractor.Ingest.Fetching;
using Extractor.Ingest.Tests.Fetching;

namespace Extractor.Ingest.Tests.Scale;

public sealed partial class TwoWorkerProcessesFacts
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(3);

    [PostgresFact]
    public async Task TwoWorkerProcessesOnOnePostgres_KeepTheHostDelayBetweenThem_AndFetchAndExtractEveryStoryOnce()
    {
        await using var site = await TestNewsSite.StartAsync();
        await using var schema = await PostgresSchema.CreateAsync();
        var database = Database.Create(new StoreOptions(schema.ConnectionString));
        await new MigrationRunner(database).MigrateAsync();
        var store = new SqlExtractorStore(database);
        var sourceId = await store.SaveSourceAsync(new SourceRecord
        {
            Name = "many",
            Kind = SourceKind.Feed,
            Location = site.Url("/feeds/rss-many.xml").AbsoluteUri,
            AllowPrivate = true,
        });

        var workers = new[] { CliProcess.Start(schema.ConnectionString, "crawl-worker", $"{sourceId}"), CliProcess.Start(schema.ConnectionString, "crawl-worker", $"{sourceId}") };
        var results = await Task.WhenAll(workers.Select(worker => CliProcess.WaitAsync(worker, ProcessTimeout)));

        Assert.All(results, result => Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Output} {result.Error}"));
        var counts = results.Select(result => WorkerReport().Match(result.Output)).ToList();
        Assert.All(counts, match => Assert.True(match.Success, "worker printed no report"));
        Assert.Equal(8, counts.Sum(match => int.Parse(match.Groups["fetched"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(8, counts.Sum(match => int.Parse(match.Groups["extracted"].Value, System.Globalization.CultureInfo.InvariantCulture)));

        var delay = new FetcherOptions().MinHostDelay;
        var times = site.RequestedPaths().Distinct().SelectMany(site.RequestTimes).Order().ToList();
        var gaps = times.Zip(times.Skip(1), (earlier, later) => later - earlier).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= delay, $"two requests {gap.TotalMilliseconds:0} ms apart"));
        Assert.Equal(2, site.RequestedPaths().Count(path => path == "/feeds/rss-many.xml"));
        var stories = site.RequestedPaths().Where(path => path.StartsWith("/stories/", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, stories.Count);
        Assert.Equal(8, stories.Distinct().Count());
        var summary = await store.GetSummaryAsync();
        Assert.Equal(8, summary.Articles);
        Assert.Equal(8, summary.ArticlesByState[ArticleState.Extracted]);
    }

    [GeneratedRegex(@"fetched (?<fetched>\d+) extracted (?<extracted>\d+)")]
    private static partial Regex WorkerReport();
}
