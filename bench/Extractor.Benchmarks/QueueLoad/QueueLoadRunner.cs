using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Extractor.Data;
using Extractor.Data.Migrations;
using Extractor.Web;
using Extractor.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Extractor.Benchmarks.QueueLoad;

/// <summary>
/// <c>--load-queue [facts] [requests] [clients]</c>: seeds pending facts into a fresh schema of the PostgreSQL
/// database named by <c>EXTRACTOR_LOAD_PG</c>, starts the review app on 127.0.0.1, signs in, and requests the
/// queue page with and without filters from a few concurrent clients, printing p50/p95/max per page.
/// The schema is dropped afterwards. Bounded: facts x requests are fixed by the arguments.
/// </summary>
internal static partial class QueueLoadRunner
{
    private const string Password = "load test password";

    public static async Task<int> RunAsync(string[] args)
    {
        var facts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        var baseConnection = Environment.GetEnvironmentVariable("EXTRACTOR_LOAD_PG");
        if (string.IsNullOrWhiteSpace(baseConnection))
        {
            await Console.Error.WriteLineAsync("Set EXTRACTOR_LOAD_PG to a PostgreSQL connection string (a fresh schema is created in it).");
            return 2;
        }

        var schema = "load_queue_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(baseConnection, $"CREATE SCHEMA {schema}");
        var connectionString = new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = schema }.ConnectionString;
        try
        {
            await new MigrationRunner(Database.Create(new StoreOptions(connectionString))).MigrateAsync();
            var seeding = Stopwatch.StartNew();
            var sourceId = await QueueFactSeeder.SeedAsync(connectionString, facts, seed: 42);
            Console.WriteLine($"Seeded {facts} pending facts in {seeding.Elapsed.TotalSeconds:0.0} s (schema {schema})");
            await RunPagesAsync(connectionString, sourceId, requests, clients);
            return 0;
        }
        finally
        {
            await ExecuteAsync(baseConnection, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static async Task RunPagesAsync(string connectionString, long sourceId, int requests, int clients)
    {
        await using var app = WebApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["ConnectionStrings:" + WebApp.ConnectionStringName] = connectionString;
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.Services.GetRequiredService<UserAccounts>().SaveAsync("load-analyst", AppRoles.Analyst, Password);
        await app.StartAsync();
        var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var sessions = new List<HttpClient>();
        for (var i = 0; i < clients; i++)
        {
            sessions.Add(await LoginAsync(baseAddress));
        }

        var day = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] pages =
        [
            "/",
            "/?kind=event&min=0.2&max=0.8",
            $"/?source={sourceId}&kind=entity",
            $"/?from={day}&to={day}",
            "/?entity=Q500",
        ];
        Console.WriteLine($"{requests} requests per page, {clients} concurrent clients, app at {baseAddress}");
        foreach (var page in pages)
        {
            await Task.WhenAll(sessions.Select(s => s.GetAsync(page)));
            var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
            var next = 0;
            await Task.WhenAll(sessions.Select(async session =>
            {
                while (Interlocked.Increment(ref next) <= requests)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await session.GetAsync(page);
                    await response.Content.ReadAsByteArrayAsync();
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"{page} answered {(int)response.StatusCode}");
                    }
                }
            }));
            Console.WriteLine($"{page,-40} {LatencySummary.Of(latencies)}");
        }

        foreach (var session in sessions) session.Dispose();
        await app.StopAsync();
    }

    private static async Task<HttpClient> LoginAsync(Uri baseAddress)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var form = await client.GetStringAsync("/login");
        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "load-analyst",
            ["password"] = Password,
            ["__RequestVerificationToken"] = TokenPattern().Match(form).Groups[1].Value,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login failed: {(int)response.StatusCode}");
        }

        return client;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
