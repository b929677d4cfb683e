using System.Net;
using Extractor.Data.Model;

namespace Extractor.Web.Tests.Endpoints;

public sealed class ReviewPageFacts
{
    [Fact]
    public async Task ArticleMarkup_IsRenderedEncodedOnTheFactAndArticlePages()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");
        var fact = (await host.Store.GetFactAsync(host.EventFactId))!;

        var factPage = await viewer.GetStringAsync($"/facts/{fact.Id}");
        var articlePage = await viewer.GetStringAsync($"/articles/{fact.ArticleId}");

        foreach (var page in new[] { factPage, articlePage })
        {
            Assert.DoesNotContain(HostileArticle.Script, page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", articlePage, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"trigger\">attacked</mark>", factPage, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"mention\">&lt;script&gt;alert(1)&lt;/script&gt; Front</mark>", factPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueueListsThePendingFacts()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");

        var queue = await viewer.GetStringAsync("/");

        var pending = await host.Store.ListFactsAsync(FactStatus.Pending, 0, 100);
        Assert.NotEmpty(pending);
        Assert.All(pending, fact => Assert.Contains($"href=\"/facts/{fact.Id}\"", queue, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecisionOnAStaleVersion_IsRefusedWithAClearMessageAndChangesNothing()
    {
        await using var host = await WebTestHost.StartAsync();
        using var first = await host.LoginAsync("reviewer");
        using var second = await host.LoginAsync("analyst");
        var factUrl = $"/facts/{host.EventFactId}";
        var secondsPage = await second.GetStringAsync(factUrl);

        var approved = await WebTestHost.PostFormAsync(first, factUrl, factUrl + "/decide", new() { ["action"] = "approve", ["version"] = "1" });
        var stale = await WebTestHost.PostFormAsync(
            second, factUrl, factUrl + "/decide", new() { ["action"] = "reject", ["version"] = "1", ["reason"] = "not an attack" });
        var conflictPage = await stale.Content.ReadAsStringAsync();

        Assert.Contains("version 1", secondsPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("someone decided this fact first", conflictPage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("reject: not an attack", conflictPage, StringComparison.Ordinal);
        Assert.Contains("version 2", conflictPage, StringComparison.Ordinal);
        var fact = (await host.Store.GetFactAsync(host.EventFactId))!;
        Assert.Equal((FactStatus.Approved, "reviewer1", 2), (fact.Status, fact.DecidedBy, fact.Version));
    }

    [Fact]
    public async Task CorrectingTheDate_StoresItAndShowsTheDecisionInTheAuditLog()
    {
        await using var host = await WebTestHost.StartAsync();
        using var analyst = await host.LoginAsync("analyst");
        var factUrl = $"/facts/{host.EventFactId}";

        await WebTestHost.PostFormAsync(
            analyst, factUrl, factUrl + "/decide", new() { ["action"] = "correct", ["version"] = "1", ["date"] = "2025-03-03", ["type"] = "assault", ["place"] = "" });
        var audit = await analyst.GetStringAsync("/audit");

        var fact = (await host.Store.GetFactAsync(host.EventFactId))!;
        Assert.Equal(FactStatus.Corrected, fact.Status);
        Assert.Contains("\"date\":\"2025-03-03\"", fact.ValuesJson, StringComparison.Ordinal);
        Assert.Contains("\"place\":null", fact.ValuesJson, StringComparison.Ordinal);
        Assert.Contains("analyst1", audit, StringComparison.Ordinal);
        Assert.Contains("2025-03-03", audit, StringComparison.Ordinal);
        Assert.Contains("2025-03-04", audit, StringComparison.Ordinal);
    }
}
