using System.Net;
using Extractor.Data.Model;

namespace Extractor.Web.Tests.Endpoints;

public sealed class WorkflowPageFacts
{
    [Fact]
    public async Task TwoAnalysts_BulkAndSingleDecisionAtOnce_EachFactIsDecidedOnceAndNothingIsLost()
    {
        await using var host = await WebTestHost.StartAsync();
        using var bulkAnalyst = await host.LoginAsync("analyst");
        using var singleAnalyst = await host.LoginAsync("reviewer");
        var pending = await host.Store.ListFactsAsync(FactStatus.Pending, 0, 100);
        var preview = await bulkAnalyst.GetStringAsync("/bulk?status=pending");
        var eventUrl = $"/facts/{host.EventFactId}";

        // While the bulk preview is open, the other analyst opens the event (leasing it) and rejects it.
        var rejected = await WebTestHost.PostFormAsync(
            singleAnalyst, eventUrl, eventUrl + "/decide", new() { ["action"] = "reject", ["version"] = "1", ["reason"] = "not an attack" });
        var bulk = await WebTestHost.PostFormAsync(bulkAnalyst, "/bulk?status=pending", "/bulk", new() { ["status"] = "pending", ["action"] = "approve" });
        var bulkPage = await bulk.Content.ReadAsStringAsync();

        Assert.Contains($"{pending.Count} facts match", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Contains($"approve on {pending.Count - 1} facts", bulkPage, StringComparison.Ordinal);
        var eventFact = (await host.Store.GetFactAsync(host.EventFactId))!;
        Assert.Equal((FactStatus.Rejected, "reviewer1"), (eventFact.Status, eventFact.DecidedBy));
        foreach (var fact in pending.Where(f => f.Id != host.EventFactId))
        {
            Assert.Equal((FactStatus.Approved, "analyst1"), ((await host.Store.GetFactAsync(fact.Id))!.Status, (await host.Store.GetFactAsync(fact.Id))!.DecidedBy));
        }
    }

    [Fact]
    public async Task FactOpenedByOneAnalyst_IsLeftOutOfAnothersQueueAndBulk()
    {
        await using var host = await WebTestHost.StartAsync();
        using var first = await host.LoginAsync("analyst");
        using var second = await host.LoginAsync("reviewer");

        var card = await first.GetStringAsync($"/facts/{host.EventFactId}");
        var othersCard = await second.GetStringAsync($"/facts/{host.EventFactId}");
        var othersQueue = await second.GetStringAsync("/");
        var ownQueue = await first.GetStringAsync("/");

        Assert.Contains("Held for you", card, StringComparison.Ordinal);
        Assert.Contains("analyst1 is reviewing this fact", othersCard, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/facts/{host.EventFactId}\"", othersQueue, StringComparison.Ordinal);
        Assert.Contains($"href=\"/facts/{host.EventFactId}\"", ownQueue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_RevertsTheAnalystsLastDecision_AndIsRefusedOnceAReviewerDecided()
    {
        await using var host = await WebTestHost.StartAsync();
        using var analyst = await host.LoginAsync("analyst");
        using var reviewer = await host.LoginAsync("reviewer");
        var url = $"/facts/{host.EventFactId}";
        await WebTestHost.PostFormAsync(analyst, url, url + "/decide", new() { ["action"] = "approve", ["version"] = "1" });

        var undo = await WebTestHost.PostFormAsync(analyst, url, "/undo", []);
        var undone = (await host.Store.GetFactAsync(host.EventFactId))!;
        await WebTestHost.PostFormAsync(analyst, url, url + "/decide", new() { ["action"] = "approve", ["version"] = "3" });
        var reviewerCard = await reviewer.GetStringAsync(url);
        await WebTestHost.PostFormAsync(reviewer, url, url + "/decide", new() { ["action"] = "reject", ["version"] = "4", ["reason"] = "wrong place" });
        var refused = await WebTestHost.PostFormAsync(analyst, url, "/undo", []);

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal((FactStatus.Pending, 3), (undone.Status, undone.Version));
        Assert.Contains("Confirm analyst's decision (c)", reviewerCard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("reviewer1 decided fact", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(FactStatus.Rejected, (await host.Store.GetFactAsync(host.EventFactId))!.Status);
    }

    [Fact]
    public async Task StatsPage_ShowsKappaPerFactType_AfterTwoPeopleDecidedTheSameFacts()
    {
        await using var host = await WebTestHost.StartAsync();
        using var analyst = await host.LoginAsync("analyst");
        using var reviewer = await host.LoginAsync("reviewer");
        using var viewer = await host.LoginAsync("viewer");
        var url = $"/facts/{host.EventFactId}";
        await WebTestHost.PostFormAsync(analyst, url, url + "/decide", new() { ["action"] = "approve", ["version"] = "1" });
        await WebTestHost.PostFormAsync(reviewer, url, url + "/decide", new() { ["action"] = "confirm", ["version"] = "2" });

        var stats = await viewer.GetStringAsync("/stats");

        Assert.Contains("<tr><td>event</td><td>1</td><td>1</td><td>n/a</td></tr>", stats, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsCountsSourcesChartAndEncodedPlaceMarkers()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");

        var dashboard = await viewer.GetStringAsync("/dashboard");

        Assert.Contains("<td>pending / suggested</td>", dashboard, StringComparison.Ordinal);
        Assert.Contains("<td>hostile</td>", dashboard, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"events-chart\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("<title>2025-03: 1</title>", dashboard, StringComparison.Ordinal);
        Assert.Contains("<title>Goma (1 events)</title>", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileArticle.Script, dashboard, StringComparison.Ordinal);
    }
}
