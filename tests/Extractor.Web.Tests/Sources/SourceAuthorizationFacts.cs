using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Extractor.Data.Model;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Web.Tests.Sources;

public sealed class SourceAuthorizationFacts
{
    [Fact]
    public async Task EverySourceEndpoint_RefusesAnonymousRequests()
    {
        await using var host = await WebTestHost.StartAsync();
        using var anonymous = host.CreateClient();
        var sourceId = (await host.Store.ListSourcesAsync()).Single().Id.ToString(CultureInfo.InvariantCulture);
        var endpoints = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/sources", StringComparison.Ordinal) || e.RoutePattern.RawText!.StartsWith("/api/sources", StringComparison.Ordinal))
            .ToList();

        Assert.True(endpoints.Count >= 14, $"expected the source pages and API, found {endpoints.Count} endpoints");
        foreach (var endpoint in endpoints)
        {
            var path = endpoint.RoutePattern.RawText!.Replace("{id:long}", sourceId, StringComparison.Ordinal);
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)
            {
                using var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
                var refused = path.StartsWith("/api/", StringComparison.Ordinal)
                    ? response.StatusCode == HttpStatusCode.Unauthorized
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/login";
                Assert.True(refused, $"{method} {path} answered {(int)response.StatusCode} to an anonymous request");
            }
        }

        Assert.Single(await host.Store.ListSourcesAsync());
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("analyst")]
    [InlineData("reviewer")]
    public async Task NonAdmins_ReadSourcesButChangeNothing(string role)
    {
        await using var host = await WebTestHost.StartAsync();
        using var client = await host.LoginAsync(role);
        var source = (await host.Store.ListSourcesAsync()).Single();
        var id = source.Id.ToString(CultureInfo.InvariantCulture);
        await host.Store.MarkFailedAsync((await host.Store.ListSourceArticlesAsync(source.Id, null, 0, 10)).Single().Id, "timed out");

        var list = await client.GetStringAsync("/sources");
        var articles = await client.GetStringAsync($"/sources/{id}/articles");
        var formPosts = new[]
        {
            await WebTestHost.PostFormAsync(client, "/sources", "/sources", new() { ["kind"] = "feed", ["location"] = "http://127.0.0.1:1/feed.xml" }),
            await WebTestHost.PostFormAsync(client, "/sources", $"/sources/{id}/enabled", new() { ["enabled"] = "false" }),
            await WebTestHost.PostFormAsync(client, "/sources", $"/sources/{id}/remove", []),
            await WebTestHost.PostFormAsync(client, "/sources", $"/sources/{id}/run", []),
            await WebTestHost.PostFormAsync(client, "/sources", $"/sources/{id}/articles/retry", []),
        };
        await AdminApi.AddAntiforgeryHeaderAsync(client);
        var apiCalls = new[]
        {
            await client.PostAsJsonAsync("/api/sources", new { kind = "feed", location = "http://127.0.0.1:1/feed.xml" }),
            await client.DeleteAsync($"/api/sources/{id}"),
            await client.PostAsync($"/api/sources/{id}/enabled?enabled=false", null),
            await client.PostAsync($"/api/sources/{id}/run", null),
            await client.PostAsync($"/api/sources/{id}/articles/retry", null),
        };

        Assert.Contains(source.Name, list, StringComparison.Ordinal);
        Assert.DoesNotContain("Save source", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Run now", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Retry failed", articles, StringComparison.Ordinal);
        Assert.All(formPosts, response => Assert.Equal("/denied", response.Headers.Location!.AbsolutePath));
        Assert.All(apiCalls, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        var after = Assert.Single(await host.Store.ListSourcesAsync());
        Assert.True(after.Enabled);
        Assert.Equal(ArticleState.Failed, (await host.Store.ListSourceArticlesAsync(source.Id, null, 0, 10)).Single().State);
    }

    [Fact]
    public async Task AdminChanges_WithoutTheAntiforgeryToken_AreRefusedAndSaveNothing()
    {
        await using var host = await WebTestHost.StartAsync();
        using var admin = await host.LoginAsync("admin");
        var feed = new Dictionary<string, string> { ["kind"] = "feed", ["location"] = "http://127.0.0.1:1/feed.xml", ["name"] = "no token" };

        var form = await admin.PostAsync("/sources", new FormUrlEncodedContent(feed));
        var api = await admin.PostAsJsonAsync("/api/sources", feed);
        var run = await admin.PostAsync($"/api/sources/{(await host.Store.ListSourcesAsync()).Single().Id}/run", null);

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, run.StatusCode);
        Assert.DoesNotContain(await host.Store.ListSourcesAsync(), source => source.Name == "no token");
    }
}
