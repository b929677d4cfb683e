using System.Net;
using System.Text.RegularExpressions;
using Extractor.Data;
using Extractor.Data.Migrations;
using Extractor.Data.Model;
using Extractor.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extractor.Web.Tests;

/// <summary>
/// The review app on Kestrel at 127.0.0.1 over a temporary, migrated SQLite store seeded with
/// <see cref="HostileArticle"/> and one user per role (password <see cref="Password"/>).
/// </summary>
public sealed partial class WebTestHost : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    /// <summary>
    /// Hangfire keeps one process-wide log provider, bound to the logger factory of the last host that
    /// resolved its configuration. Test hosts start and stop in parallel in one process, so they share a
    /// factory that outlives them all; a host of its own would leave Hangfire a disposed factory.
    /// </summary>
    private static readonly ILoggerFactory SharedLoggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning).AddConsole());
    private readonly string databasePath;

    private WebTestHost(WebApplication app, string databasePath, long eventFactId)
    {
        App = app;
        this.databasePath = databasePath;
        EventFactId = eventFactId;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public long EventFactId { get; }

    public IExtractorStore Store => App.Services.GetRequiredService<IExtractorStore>();

    public static async Task<WebTestHost> StartAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "extractor-web-tests", Guid.NewGuid().ToString("N") + ".db");
        var app = WebApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["ConnectionStrings:" + WebApp.ConnectionStringName] = path;
            builder.Services.AddSingleton(SharedLoggerFactory);
        });
        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync();
        var store = app.Services.GetRequiredService<IExtractorStore>();
        var sourceId = await store.SaveSourceAsync(new SourceRecord { Name = "hostile", Kind = SourceKind.Folder, Location = "/tmp/hostile" });
        var outcome = await store.UpsertDiscoveredArticleAsync(
            new DiscoveredArticle(sourceId, "file:///tmp/hostile.txt", System.Text.Encoding.UTF8.GetBytes(HostileArticle.Text)));
        await store.SaveExtractionAsync(outcome.ArticleId, HostileArticle.Create());
        var accounts = app.Services.GetRequiredService<UserAccounts>();
        foreach (var role in AppRoles.All)
        {
            await accounts.SaveAsync(role + "1", role, Password);
        }

        await app.StartAsync();
        var facts = await store.ListFactsAsync(FactStatus.Pending, 0, 100);
        return new WebTestHost(app, path, facts.Single(f => f.Kind == FactKind.Event).Id);
    }

    /// <summary>A client with its own cookie jar that does not follow redirects.</summary>
    public HttpClient CreateClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public async Task<HttpClient> LoginAsync(string role)
    {
        var client = CreateClient();
        var response = await PostFormAsync(client, "/login", "/login", new() { ["username"] = role + "1", ["password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Loads <paramref name="pageUrl"/> for its antiforgery token, then posts the form with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        fields["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(databasePath)!, Path.GetFileName(databasePath) + "*"))
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
