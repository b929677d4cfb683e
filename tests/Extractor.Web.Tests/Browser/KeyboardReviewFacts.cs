using System.Text.Json;
using Extractor.Core.Articles;
using Extractor.Core.Pipeline;
using Extractor.Data.Model;
using Microsoft.Playwright;

namespace Extractor.Web.Tests.Browser;

/// <summary>Drives Debian's chromium through a keyboard-only review of a seed event, end to end: audit log and export.</summary>
public sealed class KeyboardReviewFacts
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task Reviewer_UndoesAMistakeThenCorrectsASeedEventsDateAndApprovesWithTheKeyboard_ThenSeesItInTheAuditLogAndTheExport()
    {
        Assert.True(
            File.Exists(ChromiumPath),
            $"The browser test needs chromium at {ChromiumPath} (Debian: apt-get install chromium); it is not installed.");
        await using var host = await WebTestHost.StartAsync();
        var eventFactId = await AddSeedEventAsync(host);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseAddress.ToString() });

        await page.GotoAsync("/");
        await page.FillAsync("input[name=username]", "reviewer1");
        await page.FillAsync("input[name=password]", WebTestHost.Password);
        await page.ClickAsync("button:has-text('Log in')");
        await WaitForPathAsync(page, "/");
        await page.GotoAsync($"/facts/{eventFactId}");

        var legend = await page.InnerTextAsync("#shortcuts");
        Assert.Contains("u undo your last decision", legend, StringComparison.Ordinal);

        // Approve by mistake, take it back with u, then do the review properly.
        await page.Keyboard.PressAsync("a");
        await page.WaitForURLAsync(url => !url.EndsWith($"/facts/{eventFactId}", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("u");
        await page.WaitForSelectorAsync("text=Undid your decision");
        await page.ClickAsync("#undone-fact");
        await page.WaitForSelectorAsync("text=version 3");
        await page.Keyboard.PressAsync("e");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("2025-03-03");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("text=version 4");
        await page.Keyboard.PressAsync("a");
        await page.WaitForURLAsync(url => !url.EndsWith($"/facts/{eventFactId}", StringComparison.Ordinal));
        await page.GotoAsync("/audit");
        var rows = await page.Locator("tr.decision").AllInnerTextsAsync();

        Assert.Equal(4, rows.Count);
        Assert.Contains("approve", rows[0], StringComparison.Ordinal);
        Assert.Contains("correct", rows[1], StringComparison.Ordinal);
        Assert.Contains("undo", rows[2], StringComparison.Ordinal);
        Assert.Contains("approve", rows[3], StringComparison.Ordinal);
        Assert.All(rows, row => Assert.Contains("reviewer1", row, StringComparison.Ordinal));
        Assert.Contains("2025-03-03", rows[0], StringComparison.Ordinal);
        var fact = (await host.Store.GetFactAsync(eventFactId))!;
        Assert.Equal("approved", fact.Status);
        Assert.Contains("\"date\":\"2025-03-03\"", fact.ValuesJson, StringComparison.Ordinal);

        // The export is a download for the browser; fetch it with the browser's session instead.
        var export = await page.APIRequest.GetAsync("/api/exports/events?format=jsonl");
        Assert.True(export.Ok, export.StatusText);
        var exported = (await export.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Single(row => row.GetProperty("fact_id").GetInt64() == eventFactId);
        Assert.Equal("approved", exported.GetProperty("status").GetString());
        Assert.Contains("\"2025-03-03\"", exported.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("\"reviewer1\"", exported.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Waits for the browser to reach <paramref name="path"/>; a timeout fails with where the browser is and what
    /// the page says (a login refused once in CI with nothing else to go on).
    /// </summary>
    private static async Task WaitForPathAsync(IPage page, string path)
    {
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"still at {page.Url}, not {path}; the page says: {await page.InnerTextAsync("body")}");
        }
    }

    /// <summary>Runs the production pipeline on the Catatumbo seed article and returns its first event fact.</summary>
    private static async Task<long> AddSeedEventAsync(WebTestHost host)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "shared", "seeds")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var seed = Path.Combine(directory.FullName, "shared", "seeds", "catatumbo-airstrike.txt");
        var text = await File.ReadAllTextAsync(seed);
        var sourceId = await host.Store.SaveSourceAsync(new SourceRecord { Name = "seeds", Kind = SourceKind.Folder, Location = Path.GetDirectoryName(seed)! });
        var outcome = await host.Store.UpsertDiscoveredArticleAsync(new DiscoveredArticle(sourceId, new Uri(seed).AbsoluteUri, System.Text.Encoding.UTF8.GetBytes(text)));
        await host.Store.SaveExtractionAsync(outcome.ArticleId, DefaultPipeline.Create().Run(PlainTextArticleReader.Read(text, seed, published: null)));
        var facts = await host.Store.ListFactsAsync(FactStatus.Pending, 0, 1000);
        return facts.First(fact => fact.Kind == FactKind.Event && fact.ArticleId == outcome.ArticleId).Id;
    }
}
