using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extractor.Ingest.Tests.Fetching;

/// <summary>
/// A small news site on 127.0.0.1 with the awkward pages a crawler meets: robots rules, feeds,
/// redirect chains, validators, throttling, slow, huge, compressed and mis-labelled pages, wire copies of
/// stories (near duplicates) and pages that fail once.
/// It records when each request arrived so tests can check the crawler's spacing.
/// </summary>
public sealed class TestNewsSite : IAsyncDisposable
{
    public const long HugePageLength = 2L * 1024 * 1024 * 1024;
    public const int BombDecodedLength = 64 * 1024 * 1024;

    private static readonly Lazy<byte[]> Bomb = new(() => GzipOfZeros(BombDecodedLength));
    private static readonly string AssetDirectory = Path.Combine(AppContext.BaseDirectory, "Assets", "TestSite");

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, TimeSpan At, string? UserAgent)> _requests = new();
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private TestNewsSite(WebApplication app, TimeSpan? crawlDelay)
    {
        _app = app;
        MapRoutes(crawlDelay);
    }

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<TestNewsSite> StartAsync(TimeSpan? crawlDelay = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var site = new TestNewsSite(builder.Build(), crawlDelay);
        await site._app.StartAsync();
        var address = site._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUrl = new Uri(address);
        return site;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public IReadOnlyList<TimeSpan> RequestTimes(string path) =>
        _requests.Where(r => r.Path == path).Select(r => r.At).ToList();

    public IReadOnlyList<string> RequestedPaths() => _requests.Select(r => r.Path).ToList();

    public string? UserAgentOf(string path) => _requests.FirstOrDefault(r => r.Path == path).UserAgent;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapRoutes(TimeSpan? crawlDelay)
    {
        _app.Use(async (context, next) =>
        {
            _requests.Enqueue((context.Request.Path.Value ?? "/", _clock.Elapsed, context.Request.Headers.UserAgent.ToString()));
            await next(context);
        });

        _app.MapGet("/robots.txt", () => Results.Text(Robots(crawlDelay), "text/plain"));
        _app.MapGet("/news/{slug}", (string slug) => Results.Content(Article(slug), "text/html; charset=utf-8"));
        _app.MapGet("/stories/{slug}", (string slug) => Results.Content(Story(slug), "text/html; charset=utf-8"));
        _app.MapGet("/wire/{slug}", (string slug) => Results.Content(WireCopy(slug), "text/html; charset=utf-8"));
        _app.MapGet("/flaky/{slug}", (string slug) => _hits.AddOrUpdate("/flaky/" + slug, 1, (_, n) => n + 1) == 1
            ? Results.StatusCode(StatusCodes.Status404NotFound)
            : Results.Content(Story(slug), "text/html; charset=utf-8"));
        _app.MapGet("/private/{slug}", (string slug) => Results.Content(Article(slug), "text/html; charset=utf-8"));
        _app.MapGet("/feeds/{name}", (string name) => Asset(name));
        _app.MapGet("/sitemaps/{name}", (string name) => Asset(name));
        _app.MapGet("/redirect/{remaining:int}", (int remaining) => remaining > 0
            ? Results.Redirect($"/redirect/{remaining - 1}")
            : Results.Content(Article("end of the chain"), "text/html; charset=utf-8"));
        _app.MapGet("/to-other-loopback", (HttpContext context) => Results.Redirect($"http://127.0.0.2:{context.Connection.LocalPort}/news/elsewhere"));
        _app.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        _app.MapGet("/etag", (HttpContext context) =>
        {
            context.Response.Headers.ETag = "\"v1\"";
            return context.Request.Headers.IfNoneMatch.ToString() == "\"v1\""
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Content(Article("a page with a validator"), "text/html; charset=utf-8");
        });
        _app.MapGet("/busy", (HttpContext context) =>
        {
            if (_hits.AddOrUpdate("/busy", 1, (_, n) => n + 1) == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }

            return Results.Content(Article("served after waiting"), "text/html; charset=utf-8");
        });
        _app.MapGet("/busy-until", (HttpContext context) =>
        {
            if (_hits.AddOrUpdate("/busy-until", 1, (_, n) => n + 1) == 1)
            {
                context.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddSeconds(2).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            return Results.Content(Article("served after the date"), "text/html; charset=utf-8");
        });
        _app.MapGet("/slow", async (CancellationToken aborted) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), aborted);
            return Results.Content(Article("too late"), "text/html; charset=utf-8");
        });
        _app.MapGet("/huge", WriteHugePageAsync);
        _app.MapGet("/huge-declared", (HttpContext context) =>
        {
            context.Response.ContentLength = HugePageLength;
            return WriteHugePageAsync(context);
        });
        _app.MapGet("/bomb", (HttpContext context) =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(Bomb.Value, "text/html; charset=utf-8");
        });
        _app.MapGet("/compressed", (HttpContext context) =>
        {
            context.Response.Headers.ContentEncoding = "br";
            return Results.Bytes(Brotli(Encoding.UTF8.GetBytes(Article("a compressed page"))), "text/html; charset=utf-8");
        });
        _app.MapGet("/mislabelled", () =>
            Results.Bytes(Encoding.Latin1.GetBytes("<html><body><p>Café crème à Genève</p></body></html>"), "text/html; charset=utf-8"));
        _app.MapGet("/photo.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
    }

    private async Task WriteHugePageAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        try
        {
            for (long sent = 0; sent < HugePageLength; sent += chunk.Length)
            {
                var flush = await context.Response.BodyWriter.WriteAsync(chunk, context.RequestAborted);
                if (flush.IsCompleted || flush.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The crawler hung up, which is what the size cap should make it do.
        }
    }

    private IResult Asset(string name)
    {
        var path = Path.Combine(AssetDirectory, Path.GetFileName(name));
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }

        var xml = File.ReadAllText(path).Replace("{base}", BaseUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);
        var contentType = name.StartsWith("atom", StringComparison.Ordinal) ? "application/atom+xml"
            : name.StartsWith("rss", StringComparison.Ordinal) ? "application/rss+xml"
            : "application/xml";
        return Results.Text(xml, contentType, Encoding.UTF8);
    }

    private static string Robots(TimeSpan? crawlDelay)
    {
        var delayLine = crawlDelay is { } delay ? $"Crawl-delay: {delay.TotalSeconds}\n" : string.Empty;
        return "# Test site rules\n"
            + "User-agent: OtherBot\nDisallow: /\n\n"
            + "User-agent: ExtractorBot\nDisallow: /private/\nAllow: /private/press-release$\n" + delayLine + "\n"
            + "User-agent: *\nDisallow: /news/\n";
    }

    private static string Article(string title) =>
        $"<!doctype html><html><head><title>{WebUtility.HtmlEncode(title)}</title></head>"
        + $"<body><article><h1>{WebUtility.HtmlEncode(title)}</h1><p>Reporting for the test site.</p></article></body></html>";

    /// <summary>A story whose sentences are drawn from the slug, so two slugs give texts far apart in SimHash terms.</summary>
    private static string Story(string slug) => StoryPage(slug, "Test Site", StoryBody(slug));

    /// <summary>The same story as another site's wire copy: other page chrome, the same text.</summary>
    private static string WireCopy(string slug) => StoryPage(slug, "Wire Service", StoryBody(slug));

    private static string StoryPage(string slug, string siteName, string body)
    {
        var title = WebUtility.HtmlEncode(slug.Replace('-', ' '));
        return $"<!doctype html><html><head><title>{title} - {siteName}</title></head><body><header>{siteName}</header><article><h1>{title}</h1>"
            + body + "</article><footer><a href=\"/about\">About us</a></footer></body></html>";
    }

    private static string StoryBody(string slug)
    {
        string[] actors = ["Gunmen", "Rebels", "Soldiers", "Militiamen", "Bandits", "Insurgents", "Smugglers", "Fighters"];
        string[] targets = ["a police checkpoint", "an army convoy", "a fuel depot", "a river ferry", "a border post", "a mining camp", "a village market", "a power station"];
        string[] places = ["the river town", "the northern highway", "the capital's outskirts", "the coastal port", "the mountain pass", "the eastern valley", "the old mission", "the cattle market"];
        string[] officials = ["The regional governor", "A police spokesman", "The defence ministry", "A local mayor", "An aid worker", "A hospital director", "The district chief", "A church leader"];
        string[] aftermaths = ["reinforcements had been sent", "the roads would stay closed until Friday", "a curfew would start at dusk", "two suspects were being questioned", "schools would remain shut all week", "the wounded were flown south", "talks with elders would resume", "a reward was offered for information"];
        var seed = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(slug));
        string Pick(string[] words, int salt) => words[seed[salt] % words.Length];
        return $"<p>{Pick(actors, 1)} attacked {Pick(targets, 2)} near {Pick(places, 3)} on Monday, in what witnesses called the {slug.Replace('-', ' ')} raid.</p>"
            + $"<p>{Pick(officials, 4)} said {Pick(aftermaths, 5)} and that {Pick(targets, 6)} outside {Pick(places, 7)} was also under guard.</p>"
            + $"<p>{Pick(officials, 8)} added that {Pick(aftermaths, 9)}, while residents near {Pick(places, 10)} said {Pick(actors, 11).ToLowerInvariant()} had been seen there for weeks.</p>";
    }

    private static byte[] GzipOfZeros(int length)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(new byte[length]);
        }

        return output.ToArray();
    }

    private static byte[] Brotli(byte[] content)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest))
        {
            brotli.Write(content);
        }

        return output.ToArray();
    }
}
