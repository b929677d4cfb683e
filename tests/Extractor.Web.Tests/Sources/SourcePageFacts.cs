using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Extractor.Data;
using Extractor.Data.Model;
using Extractor.Ingest;
using Extractor.Ingest.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Web.Tests.Sources;

public sealed class SourcePageFacts
{
    private const string Feed = "http://127.0.0.1:9/feed.xml";

    [Fact]
    public async Task AddingASource_RegistersItsRecurringJob_AndDisablingOrRemovingItDropsTheJob()
    {
        await using var host = await WebTestHost.StartAsync();
        using var admin = await host.LoginAsync("admin");

        var added = await WebTestHost.PostFormAsync(admin, "/sources", "/sources", new()
        {
            ["kind"] = "feed",
            ["location"] = Feed,
            ["name"] = "wire",
            ["cron"] = "*/15 * * * *",
            ["allowPrivate"] = "true",
        });
        var source = (await host.Store.ListSourcesAsync()).Single(s => s.Name == "wire");
        var jobId = SourceScheduler.JobIdFor(source.Id);
        var scheduled = RecurringJobs(host).Single(job => job.Id == jobId);
        var id = source.Id.ToString(CultureInfo.InvariantCulture);
        await WebTestHost.PostFormAsync(admin, "/sources", $"/sources/{id}/enabled", new() { ["enabled"] = "false" });
        var afterDisable = RecurringJobs(host);
        await WebTestHost.PostFormAsync(admin, "/sources", $"/sources/{id}/enabled", new() { ["enabled"] = "true" });
        var afterEnable = RecurringJobs(host);
        var removed = await WebTestHost.PostFormAsync(admin, "/sources", $"/sources/{id}/remove", []);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(source.AllowPrivate);
        Assert.Equal("*/15 * * * *", scheduled.Cron);
        Assert.Equal(typeof(CrawlSourceJob), scheduled.Job.Type);
        Assert.DoesNotContain(afterDisable, job => job.Id == jobId);
        Assert.Contains(afterEnable, job => job.Id == jobId);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(RecurringJobs(host), job => job.Id == jobId);
        Assert.Null(await host.Store.GetSourceAsync(source.Id));
    }

    [Fact]
    public async Task AnInvalidCronOrUrl_GivesAClear400AndSavesNothing()
    {
        await using var host = await WebTestHost.StartAsync();
        using var admin = await host.LoginAsync("admin");

        var badCron = await WebTestHost.PostFormAsync(admin, "/sources", "/sources", new()
        {
            ["kind"] = "feed",
            ["location"] = Feed,
            ["name"] = "bad cron",
            ["cron"] = "every fifteen minutes",
        });
        var badCronPage = await badCron.Content.ReadAsStringAsync();
        await AdminApi.AddAntiforgeryHeaderAsync(admin);
        var badUrl = await admin.PostAsJsonAsync("/api/sources", new { kind = "sitemap", location = "ftp://example.org/sitemap.xml", name = "bad url" });
        var badKind = await admin.PostAsJsonAsync("/api/sources", new { kind = "newsletter", location = Feed, name = "bad kind" });

        Assert.Equal(HttpStatusCode.BadRequest, badCron.StatusCode);
        Assert.Contains("Source not saved: bad cron &#x27;every fifteen minutes&#x27;", badCronPage, StringComparison.Ordinal);
        Assert.Contains("value=\"every fifteen minutes\"", badCronPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badUrl.StatusCode);
        Assert.Contains("is not an http(s) URL", await badUrl.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Contains("unknown kind", await badKind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await host.Store.ListSourcesAsync());
        Assert.Empty(RecurringJobs(host));
    }

    [Fact]
    public async Task ScriptInASourceNameOrFailureReason_IsShownAsText()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");
        const string payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var sourceId = await host.Store.SaveSourceAsync(new SourceRecord { Name = payload, Kind = SourceKind.Feed, Location = Feed });
        var article = await host.Store.UpsertDiscoveredArticleAsync(new DiscoveredArticle(sourceId, "http://127.0.0.1:9/a", Encoding.UTF8.GetBytes("<p>a</p>")));
        await host.Store.MarkFailedAsync(article.ArticleId, payload);
        await host.Store.RecordSourceRunAsync(sourceId, DateTimeOffset.UtcNow, payload);

        var list = await viewer.GetStringAsync("/sources");
        var articles = await viewer.GetStringAsync($"/sources/{sourceId}/articles?state=failed");

        foreach (var page in new[] { list, articles })
        {
            Assert.DoesNotContain("<script>alert", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", page, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", articles, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingASourceWithArticles_IsRefusedWithAReason()
    {
        await using var host = await WebTestHost.StartAsync();
        using var admin = await host.LoginAsync("admin");
        var source = (await host.Store.ListSourcesAsync()).Single();

        var page = await WebTestHost.PostFormAsync(admin, "/sources", $"/sources/{source.Id}/remove", []);
        await AdminApi.AddAntiforgeryHeaderAsync(admin);
        var api = await admin.DeleteAsync($"/api/sources/{source.Id}");

        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("has stored articles, so it was not removed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.NotNull(await host.Store.GetSourceAsync(source.Id));
    }

    [Fact]
    public async Task RetryingFailedArticles_SendsThemBackForProcessing_AndRecordsWhoDidIt()
    {
        await using var host = await WebTestHost.StartAsync();
        using var admin = await host.LoginAsync("admin");
        var sourceId = await host.Store.SaveSourceAsync(new SourceRecord { Name = "flaky", Kind = SourceKind.Feed, Location = Feed });
        var failed = await host.Store.UpsertDiscoveredArticleAsync(new DiscoveredArticle(sourceId, "http://127.0.0.1:9/failed", Encoding.UTF8.GetBytes("<p>x</p>")));
        var waiting = await host.Store.UpsertDiscoveredArticleAsync(new DiscoveredArticle(sourceId, "http://127.0.0.1:9/waiting", Encoding.UTF8.GetBytes("<p>y</p>")));
        await host.Store.ClaimArticlesAsync([failed.ArticleId], "test", TimeSpan.FromMinutes(1));
        await host.Store.MarkFailedAsync(failed.ArticleId, "parser crashed");
        var url = $"/sources/{sourceId}/articles";

        var response = await WebTestHost.PostFormAsync(admin, url, url + "/retry", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1 failed article(s) sent back for processing", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var articles = await host.Store.ListSourceArticlesAsync(sourceId, null, 0, 10);
        var retried = articles.Single(a => a.Id == failed.ArticleId);
        Assert.Equal((ArticleState.Fetched, 0, null), (retried.State, retried.Attempts, retried.FailureReason));
        Assert.Equal(ArticleState.Fetched, articles.Single(a => a.Id == waiting.ArticleId).State);
        await using var connection = await host.App.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT username, previous_reason, previous_attempts FROM article_retries WHERE article_id = "
            + failed.ArticleId.ToString(CultureInfo.InvariantCulture);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("admin1", "parser crashed", 1L), (reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        Assert.False(await reader.ReadAsync());
        var queued = host.App.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100);
        Assert.Contains(queued, job => job.Value.Job.Type == typeof(ProcessArticlesJob) && ((long[])job.Value.Job.Args[0]).SequenceEqual([failed.ArticleId]));
    }

    [Fact]
    public async Task RunNow_EnqueuesTheSourcesCrawlThroughHangfire()
    {
        await using var host = await WebTestHost.StartAsync();
        using var admin = await host.LoginAsync("admin");
        var source = (await host.Store.ListSourcesAsync()).Single();

        var page = await WebTestHost.PostFormAsync(admin, "/sources", $"/sources/{source.Id}/run", []);
        await AdminApi.AddAntiforgeryHeaderAsync(admin);
        var api = await admin.PostAsync($"/api/sources/{source.Id}/run", null);
        var missing = await admin.PostAsync("/api/sources/999999/run", null);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var crawls = host.App.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100)
            .Where(job => job.Value.Job.Type == typeof(CrawlSourceJob)).ToList();
        Assert.Equal(2, crawls.Count);
        Assert.All(crawls, job => Assert.Equal(source.Id, (long)job.Value.Job.Args[0]));
    }

    [Fact]
    public async Task ArticlesPage_FiltersByStateAndPages()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");
        var sourceId = await host.Store.SaveSourceAsync(new SourceRecord { Name = "big", Kind = SourceKind.Feed, Location = Feed });
        var ids = new List<long>();
        for (var i = 0; i < 53; i++)
        {
            var raw = Encoding.UTF8.GetBytes($"<p>article {i}</p>");
            ids.Add((await host.Store.UpsertDiscoveredArticleAsync(new DiscoveredArticle(sourceId, $"http://127.0.0.1:9/a{i}", raw))).ArticleId);
        }

        await host.Store.MarkFailedAsync(ids[7], "too large");
        var first = await viewer.GetStringAsync($"/sources/{sourceId}/articles");
        var second = await viewer.GetStringAsync($"/sources/{sourceId}/articles?page=2");
        var failed = await viewer.GetStringAsync($"/sources/{sourceId}/articles?state=failed");
        var api = await viewer.GetFromJsonAsync<List<SourceArticle>>($"/api/sources/{sourceId}/articles?page=2");

        Assert.Contains($"/articles/{ids[49]}\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"/articles/{ids[50]}\"", first, StringComparison.Ordinal);
        Assert.Contains(">Next</a>", first, StringComparison.Ordinal);
        Assert.Contains($"/articles/{ids[52]}\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain(">Next</a>", second, StringComparison.Ordinal);
        Assert.Contains("too large", failed, StringComparison.Ordinal);
        Assert.DoesNotContain($"/articles/{ids[8]}\"", failed, StringComparison.Ordinal);
        Assert.Equal(ids.Skip(50), api!.Select(a => a.Id));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheSourcesApi()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");

        var document = await viewer.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/sources\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/sources/{id}/run\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/sources/{id}/articles/retry\"", document, StringComparison.Ordinal);
    }

    private static List<RecurringJobDto> RecurringJobs(WebTestHost host)
    {
        using var connection = host.App.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }
}
