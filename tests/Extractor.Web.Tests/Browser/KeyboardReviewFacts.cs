using Microsoft.Playwright;

namespace Extractor.Web.Tests.Browser;

/// <summary>Drives Debian's chromium through a keyboard-only review, end to end.</summary>
public sealed class KeyboardReviewFacts
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task Reviewer_UndoesAMistakeThenCorrectsTheDateAndApprovesWithTheKeyboard_ThenSeesItInTheAuditLog()
    {
        Assert.True(
            File.Exists(ChromiumPath),
            $"The browser test needs chromium at {ChromiumPath} (Debian: apt-get install chromium); it is not installed.");
        await using var host = await WebTestHost.StartAsync();
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
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.ClickAsync($"a.fact-link[href='/facts/{host.EventFactId}']");
        await page.WaitForURLAsync($"**/facts/{host.EventFactId}");

        var legend = await page.InnerTextAsync("#shortcuts");
        Assert.Contains("u undo your last decision", legend, StringComparison.Ordinal);

        // Approve by mistake, take it back with u, then do the review properly.
        await page.Keyboard.PressAsync("a");
        await page.WaitForURLAsync(url => !url.EndsWith($"/facts/{host.EventFactId}", StringComparison.Ordinal));
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
        await page.WaitForURLAsync(url => !url.EndsWith($"/facts/{host.EventFactId}", StringComparison.Ordinal));
        await page.GotoAsync("/audit");
        var rows = await page.Locator("tr.decision").AllInnerTextsAsync();

        Assert.Equal(4, rows.Count);
        Assert.Contains("approve", rows[0], StringComparison.Ordinal);
        Assert.Contains("correct", rows[1], StringComparison.Ordinal);
        Assert.Contains("undo", rows[2], StringComparison.Ordinal);
        Assert.Contains("approve", rows[3], StringComparison.Ordinal);
        Assert.All(rows, row => Assert.Contains("reviewer1", row, StringComparison.Ordinal));
        Assert.Contains("2025-03-03", rows[0], StringComparison.Ordinal);
        var fact = (await host.Store.GetFactAsync(host.EventFactId))!;
        Assert.Equal("approved", fact.Status);
        Assert.Contains("\"date\":\"2025-03-03\"", fact.ValuesJson, StringComparison.Ordinal);
    }
}
