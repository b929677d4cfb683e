using Extractor.Data;
using Extractor.Ingest.Fetching;
using Extractor.Ingest.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Ingest.Tests;

/// <summary>
/// A temporary article folder with two good articles and one broken page, and the ingest services
/// over a temporary SQLite store with Hangfire in memory.
/// </summary>
public sealed class IngestHarness : IAsyncDisposable
{
    private IngestHarness(DirectoryInfo root, ServiceProvider services)
    {
        Root = root;
        Services = services;
    }

    public DirectoryInfo Root { get; }

    public string ArticleFolder => Path.Combine(Root.FullName, "articles");

    public ServiceProvider Services { get; }

    public IExtractorStore Store => Services.GetRequiredService<IExtractorStore>();

    public static async Task<IngestHarness> CreateAsync(IngestOptions? options = null, TimeSpan? minHostDelay = null)
    {
        var root = Directory.CreateTempSubdirectory("extractor-ingest-");
        var articles = Directory.CreateDirectory(Path.Combine(root.FullName, "articles"));
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "raid.txt"),
            "Army raid in the north\n\nThe Army attacked a camp held by the ELN near Tibu on Monday. Officials said the raid lasted hours.");
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "talks.html"),
            """
            <html><head><title>Talks resume</title></head><body><article>
            <h1>Talks resume</h1>
            <p>Rebels attacked a convoy on the northern highway on Monday, hours before the Government resumed talks with the armed group in the capital.</p>
            <p>Officials said the negotiators, who had not met since the spring, agreed to keep meeting every week until a ceasefire is signed.</p>
            <p>Residents of the region, where thousands have fled their homes this year, said they hoped the talks would bring the fighting to an end.</p>
            </article><footer><a href="/about">About us</a></footer></body></html>
            """);
        await File.WriteAllBytesAsync(Path.Combine(articles.FullName, "broken.html"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "notes.json"), "{\"ignored\": true}");

        var provider = BuildWorker(root, options, minHostDelay);
        await provider.GetRequiredService<IngestRunner>().MigrateAsync();
        return new IngestHarness(root, provider);
    }

    /// <summary>
    /// Another worker on the same store with nothing in memory shared with this one, as a second process
    /// (or this one restarted) would be: politeness, robots.txt and claims reach it only through the database.
    /// </summary>
    public ServiceProvider StartAnotherWorker(IngestOptions? options = null, TimeSpan? minHostDelay = null) => BuildWorker(Root, options, minHostDelay);

    private static ServiceProvider BuildWorker(DirectoryInfo root, IngestOptions? options, TimeSpan? minHostDelay)
    {
        var services = new ServiceCollection()
            .AddExtractorIngest("Data Source=" + Path.Combine(root.FullName, "store.db"))
            .AddSingleton(TestPipeline.Create())
            .Configure<FetcherOptions>(fetcher =>
            {
                fetcher.MinHostDelay = minHostDelay ?? TimeSpan.FromMilliseconds(10);
                fetcher.BackoffBase = TimeSpan.FromMilliseconds(50);
                fetcher.Timeout = TimeSpan.FromSeconds(10);
            });
        if (options is not null) services.AddSingleton(options);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Root.Delete(recursive: true);
    }
}
