using System.Net;
using Extractor.Web.Security;

namespace Extractor.Web.Tests.Security;

public sealed class LoginFacts
{
    [Fact]
    public async Task FiveFailedLogins_LockTheAccountEvenForTheRightPassword()
    {
        await using var host = await WebTestHost.StartAsync();
        using var client = host.CreateClient();
        for (var attempt = 0; attempt < UserAccounts.MaxFailedLogins; attempt++)
        {
            var failed = await WebTestHost.PostFormAsync(client, "/login", "/login", new() { ["username"] = "viewer1", ["password"] = "wrong" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var locked = await WebTestHost.PostFormAsync(client, "/login", "/login", new() { ["username"] = "viewer1", ["password"] = WebTestHost.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await host.Store.GetUserAsync("viewer1"))!.LockedUntil > DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRejected()
    {
        await using var host = await WebTestHost.StartAsync();
        using var reviewer = await host.LoginAsync("reviewer");
        await reviewer.GetStringAsync($"/facts/{host.EventFactId}");

        var response = await reviewer.PostAsync(
            $"/facts/{host.EventFactId}/decide",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "approve", ["version"] = "1" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pending", (await host.Store.GetFactAsync(host.EventFactId))!.Status);
    }
}
