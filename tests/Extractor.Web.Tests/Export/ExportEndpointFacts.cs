using System.Net;
using System.Text.Json;
using Extractor.Data.Model;

namespace Extractor.Web.Tests.Export;

public sealed class ExportEndpointFacts
{
    [Fact]
    public async Task Viewer_StreamsApprovedEventsOnly_AndIsForbiddenAllStatuses()
    {
        await using var host = await WebTestHost.StartAsync();
        var fact = (await host.Store.GetFactAsync(host.EventFactId))!;
        await host.Store.DecideFactAsync(new FactReview(fact.Id, fact.Version, ReviewAction.Approve, "reviewer1"), canReview: false);
        using var viewer = await host.LoginAsync("viewer");
        using var reviewer = await host.LoginAsync("reviewer");

        using var events = await viewer.GetAsync("/api/exports/events?format=jsonl");
        var lines = (await events.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var later = await viewer.GetAsync($"/api/exports/events?since={JsonDocument.Parse(lines[0]).RootElement.GetProperty("change_seq").GetInt64()}");
        using var csv = await viewer.GetAsync("/api/exports/facts?format=csv");
        using var viewerAll = await viewer.GetAsync("/api/exports/facts?statuses=all");
        using var reviewerAll = await reviewer.GetAsync("/api/exports/facts?statuses=all");

        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Equal("application/x-ndjson", events.Content.Headers.ContentType!.MediaType);
        Assert.Equal(host.EventFactId, JsonDocument.Parse(Assert.Single(lines)).RootElement.GetProperty("fact_id").GetInt64());
        Assert.Empty(await later.Content.ReadAsStringAsync());
        Assert.StartsWith("fact_id,kind,", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, viewerAll.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reviewerAll.StatusCode);
        var all = (await reviewerAll.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((await host.Store.ListFactsAsync(null, 0, 1000)).Count, all.Length);
    }

    [Theory]
    [InlineData("/api/exports/events?format=xlsx", "xlsx")]
    [InlineData("/api/exports/widgets", "widgets")]
    [InlineData("/api/exports/events?since=yesterday", "since must be a whole number")]
    [InlineData("/api/exports/events?from=03/05/2025", "yyyy-MM-dd")]
    [InlineData("/api/exports/entities?format=plover", "events only")]
    [InlineData("/api/exports/facts?type=ASSAULT", "events only")]
    [InlineData("/api/exports/events?type=FIGHT", "FIGHT")]
    [InlineData("/api/exports/events?statuses=pending", "pending")]
    public async Task MalformedRequest_IsABadRequestSayingWhatIsWrong(string url, string expected)
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");

        using var response = await viewer.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
