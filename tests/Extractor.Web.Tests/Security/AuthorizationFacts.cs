using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Extractor.Data.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Web.Tests.Security;

public sealed partial class AuthorizationFacts
{
    [Fact]
    public async Task EveryEndpointButLogin_RefusesAnonymousRequests()
    {
        await using var host = await WebTestHost.StartAsync();
        using var client = host.CreateClient();
        var endpoints = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/facts/{id:long}/decide");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/facts/{id:long}/decisions");
        foreach (var route in new[] { "/undo", "/bulk", "/stats", "/dashboard", "/api/undo", "/api/bulk", "/api/stats" })
        {
            Assert.Contains(endpoints, e => e.RoutePattern.RawText == route);
        }

        foreach (var endpoint in endpoints)
        {
            var path = RouteParameter().Replace(endpoint.RoutePattern.RawText!, host.EventFactId.ToString(CultureInfo.InvariantCulture));
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
                var refused = path.StartsWith("/api/", StringComparison.Ordinal)
                    ? response.StatusCode == HttpStatusCode.Unauthorized
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/login";
                Assert.True(
                    refused,
                    $"{method} {path} answered {(int)response.StatusCode} to an anonymous request");
            }
        }
    }

    [Fact]
    public async Task HangfireDashboard_IsForAdminsOnly()
    {
        await using var host = await WebTestHost.StartAsync();
        using var anonymous = host.CreateClient();
        using var analyst = await host.LoginAsync("analyst");
        using var admin = await host.LoginAsync("admin");

        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/hangfire")).StatusCode);
        Assert.False((await analyst.GetAsync("/hangfire")).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Viewer_CanReadAFactButCannotDecideIt()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");
        var factUrl = $"/facts/{host.EventFactId}";

        var page = await viewer.GetStringAsync(factUrl);
        var response = await WebTestHost.PostFormAsync(viewer, factUrl, factUrl + "/decide", new() { ["action"] = "approve", ["version"] = "1" });

        Assert.Contains("Evidence", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Approve (a)", page, StringComparison.Ordinal);
        Assert.Equal("/denied", response.Headers.Location!.AbsolutePath);
        Assert.Equal("pending", (await host.Store.GetFactAsync(host.EventFactId))!.Status);
    }

    [Fact]
    public async Task Analyst_CannotManageUsers()
    {
        await using var host = await WebTestHost.StartAsync();
        using var analyst = await host.LoginAsync("analyst");
        using var admin = await host.LoginAsync("admin");

        var analystPage = await analyst.GetAsync("/users");
        var adminSave = await WebTestHost.PostFormAsync(
            admin, "/users", "/users", new() { ["username"] = "newbie", ["role"] = "viewer", ["password"] = "long enough secret" });

        Assert.Equal("/denied", analystPage.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, adminSave.StatusCode);
        Assert.Equal("viewer", (await host.Store.GetUserAsync("newbie"))!.Role);
    }

    [Fact]
    public async Task Viewer_CannotUndoOrBulkDecide_OnPagesOrApi()
    {
        await using var host = await WebTestHost.StartAsync();
        using var viewer = await host.LoginAsync("viewer");
        var token = await viewer.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/antiforgery");
        viewer.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());

        var preview = await viewer.GetAsync("/bulk");
        var bulk = await WebTestHost.PostFormAsync(viewer, "/", "/bulk", new() { ["action"] = "approve", ["status"] = "pending" });
        var undo = await WebTestHost.PostFormAsync(viewer, "/", "/undo", []);
        var apiBulk = await viewer.PostAsync("/api/bulk?action=approve", null);
        var apiUndo = await viewer.PostAsync("/api/undo", null);

        Assert.Equal("/denied", preview.Headers.Location!.AbsolutePath);
        Assert.Equal("/denied", bulk.Headers.Location!.AbsolutePath);
        Assert.Equal("/denied", undo.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, apiBulk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apiUndo.StatusCode);
        Assert.Equal(FactStatus.Pending, (await host.Store.GetFactAsync(host.EventFactId))!.Status);
    }

    [Fact]
    public async Task BulkAndUndo_RefuseRequestsWithoutTheAntiforgeryToken()
    {
        await using var host = await WebTestHost.StartAsync();
        using var analyst = await host.LoginAsync("analyst");
        await analyst.GetStringAsync("/");

        var bulk = await analyst.PostAsync("/bulk", new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "approve", ["status"] = "pending" }));
        var undo = await analyst.PostAsync("/undo", new FormUrlEncodedContent([]));
        var apiBulk = await analyst.PostAsync("/api/bulk?action=approve", null);

        Assert.Equal(HttpStatusCode.BadRequest, bulk.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, undo.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, apiBulk.StatusCode);
        Assert.Equal(FactStatus.Pending, (await host.Store.GetFactAsync(host.EventFactId))!.Status);
    }

    [Fact]
    public async Task Logout_WithoutTheAntiforgeryToken_IsRefusedAndTheSessionStays()
    {
        await using var host = await WebTestHost.StartAsync();
        using var analyst = await host.LoginAsync("analyst");

        var logout = await analyst.PostAsync("/logout", new FormUrlEncodedContent([]));
        var queue = await analyst.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
