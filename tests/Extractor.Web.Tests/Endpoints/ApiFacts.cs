using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Extractor.Data.Model;

namespace Extractor.Web.Tests.Endpoints;

public sealed class ApiFacts
{
    [Fact]
    public async Task Decision_NeedsTheAntiforgeryHeaderAndAFreshVersion()
    {
        await using var host = await WebTestHost.StartAsync();
        using var reviewer = await host.LoginAsync("reviewer");
        var url = $"/api/facts/{host.EventFactId}/decisions";
        var approve = new { action = "approve", version = 1 };

        var withoutToken = await reviewer.PostAsJsonAsync(url, approve);
        var token = await reviewer.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        reviewer.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        var approved = await reviewer.PostAsJsonAsync(url, approve);
        var stale = await reviewer.PostAsJsonAsync(url, new { action = "reject", version = 1, reason = "duplicate" });

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone decided this fact first", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await reviewer.GetFromJsonAsync<JsonElement>($"/api/audit?fact={host.EventFactId}");
        Assert.Equal(1, audit.GetArrayLength());
        Assert.Equal(FactStatus.Approved, (await host.Store.GetFactAsync(host.EventFactId))!.Status);
    }

    [Fact]
    public async Task Viewer_ReadsTheQueueButIsForbiddenToDecide()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");

        var queue = await viewer.GetFromJsonAsync<JsonElement>("/api/queue");
        var token = await viewer.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        viewer.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        var decided = await viewer.PostAsJsonAsync($"/api/facts/{host.EventFactId}/decisions", new { action = "approve", version = 1 });

        Assert.Contains(queue.EnumerateArray(), fact => fact.GetProperty("id").GetInt64() == host.EventFactId);
        Assert.Equal(HttpStatusCode.Forbidden, decided.StatusCode);
    }

    [Fact]
    public async Task Queue_PutsTheMostUncertainFactsFirst()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");

        var queue = await viewer.GetFromJsonAsync<JsonElement>("/api/queue");

        var uncertainty = queue.EnumerateArray().Select(fact => Math.Abs(fact.GetProperty("confidence").GetDouble() - 0.5)).ToList();
        Assert.True(uncertainty.Count >= 3, $"expected the seeded entity and event facts, got {uncertainty.Count}");
        Assert.Equal(uncertainty.Order(), uncertainty);
    }

    [Fact]
    public async Task EntitySearch_FindsRegistryEntitiesByPartOfTheirName()
    {
        await using var host = await WebTestHost.StartAsync();
        using var analyst = await host.LoginAsync("analyst");

        var found = await analyst.GetFromJsonAsync<JsonElement>("/api/entities?q=GOM");

        var ids = found.EnumerateArray().Select(entity => entity.GetProperty("id").GetString()).ToList();
        Assert.Equal(["geo:goma"], ids);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheDecisionEndpoint()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");

        var document = await viewer.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/facts/{id}/decisions", document, StringComparison.Ordinal);
    }
}
