using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Extractor.Data.Model;

namespace Extractor.Web.Tests.Endpoints;

public sealed class EntityPageFacts
{
    private const string Front = "group:front";
    private const string FrontPage = "/entities/group%3Afront";

    [Fact]
    public async Task EntityPage_ShowsAHostileNameAsText_WithMentionLinks_AndNoFormsForAViewer()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");

        var page = await viewer.GetStringAsync(FrontPage);
        var search = await viewer.GetStringAsync("/entities?q=" + Uri.EscapeDataString("<script>"));

        Assert.DoesNotContain(HostileArticle.Script, page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Front", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"merge\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileArticle.Script, search, StringComparison.Ordinal);
        Assert.Contains("href=\"/entities/group%3Afront\"", search, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("analyst")]
    public async Task MergeForm_IsRefusedToViewersAndAnalysts(string role)
    {
        await using var host = await WebTestHost.StartAsync();
        using var client = await host.LoginAsync(role);

        var response = await WebTestHost.PostFormAsync(client, FrontPage, FrontPage + "/merge", new() { ["into"] = "geo:goma" });

        Assert.Equal("/denied", response.Headers.Location!.AbsolutePath);
        Assert.Null((await host.Store.GetEntityAsync(Front))!.Entity.MergedInto);
    }

    [Fact]
    public async Task MergeForm_WithoutTheAntiforgeryToken_ChangesNothing()
    {
        await using var host = await WebTestHost.StartAsync();
        using var reviewer = await host.LoginAsync("reviewer");
        var target = await host.Store.CreateEntityAsync("Liberation Front", "group", null, "admin1");

        var response = await reviewer.PostAsync(FrontPage + "/merge", new FormUrlEncodedContent(new Dictionary<string, string> { ["into"] = target.Id }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await host.Store.GetEntityAsync(Front))!.Entity.MergedInto);
    }

    [Fact]
    public async Task Reviewer_MergesThroughTheForm_AndUndoesFromTheHistory()
    {
        await using var host = await WebTestHost.StartAsync();
        using var reviewer = await host.LoginAsync("reviewer");
        var target = await host.Store.CreateEntityAsync("Liberation Front", "group", null, "admin1");

        var merged = await WebTestHost.PostFormAsync(reviewer, FrontPage, FrontPage + "/merge", new() { ["into"] = target.Id });
        var targetPage = await reviewer.GetStringAsync(merged.Headers.Location!.OriginalString);
        var history = (await host.Store.GetEntityAsync(target.Id))!.History[0];
        var undone = await WebTestHost.PostFormAsync(
            reviewer, FrontPage, $"/entities/history/{history.Id}/undo", new() { ["entity"] = target.Id });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Front", targetPage, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileArticle.Script, targetPage, StringComparison.Ordinal);
        Assert.Equal("merge", history.Operation);
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Null((await host.Store.GetEntityAsync(Front))!.Entity.MergedInto);
    }

    [Fact]
    public async Task EntityApi_SearchesForAnyUser_ButMergesOnlyForReviewersWithTheAntiforgeryHeader()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");
        using var analyst = await host.LoginAsync("analyst");
        using var reviewer = await host.LoginAsync("reviewer");
        var target = await host.Store.CreateEntityAsync("Liberation Front", "group", null, "admin1");
        var url = $"/api/entities/{Uri.EscapeDataString(Front)}/merge";

        var found = await viewer.GetFromJsonAsync<JsonElement>("/api/entities?q=liberation");
        await AddAntiforgeryHeaderAsync(analyst);
        var byAnalyst = await analyst.PostAsJsonAsync(url, new { into = target.Id });
        var withoutHeader = await reviewer.PostAsJsonAsync(url, new { into = target.Id });
        await AddAntiforgeryHeaderAsync(reviewer);
        var merged = await reviewer.PostAsJsonAsync(url, new { into = target.Id });
        var again = await reviewer.PostAsJsonAsync(url, new { into = target.Id });

        Assert.Equal([target.Id], found.EnumerateArray().Select(entity => entity.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, byAnalyst.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutHeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(target.Id, (await host.Store.GetEntityAsync(Front))!.Entity.MergedInto);
    }

    [Fact]
    public async Task Analyst_CreatesAnEntityFromTheFactCard_AndSetsItAsTheActor()
    {
        await using var host = await WebTestHost.StartAsync();
        using var analyst = await host.LoginAsync("analyst");
        var factUrl = $"/facts/{host.EventFactId}";

        var created = await WebTestHost.PostFormAsync(
            analyst, factUrl, "/entities/new", new() { ["name"] = "M23", ["type"] = "group", ["country"] = "cd", ["back"] = factUrl });
        var card = await analyst.GetStringAsync(created.Headers.Location!.OriginalString);
        var corrected = await WebTestHost.PostFormAsync(
            analyst, factUrl, factUrl + "/decide", new() { ["action"] = "correct", ["version"] = "1", ["date"] = "2025-03-04", ["actor"] = "group:m23", ["place"] = "geo:goma" });

        Assert.Equal(factUrl, created.Headers.Location!.OriginalString);
        Assert.Contains("list=\"entity-choices\"", card, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var fact = await host.Store.GetFactAsync(host.EventFactId);
        Assert.Equal(FactStatus.Corrected, fact!.Status);
        Assert.Contains("\"actors\":[\"group:m23\"]", fact.ValuesJson, StringComparison.Ordinal);
        Assert.Equal("CD", (await host.Store.GetEntityAsync("group:m23"))!.Entity.Country);
    }

    private static async Task AddAntiforgeryHeaderAsync(HttpClient client)
    {
        var token = await client.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        client.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
    }
}
