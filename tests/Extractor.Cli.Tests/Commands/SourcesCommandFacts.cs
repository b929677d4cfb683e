using Extractor.Cli;

namespace Extractor.Cli.Tests.Commands;

public sealed class SourcesCommandFacts
{
    [Fact]
    public void SourcesAdd_WithAnInvalidCron_ExitsWithBadUsageAndNamesTheField()
    {
        var error = new StringWriter();

        var exitCode = CliApp.Run(["sources", "add", "--feed", "https://news.example/rss.xml", "--cron", "61 * * * *"], new StringWriter(), error);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("Minutes", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesAdd_WithTwoKindsOfSource_ExitsWithBadUsage()
    {
        var error = new StringWriter();

        var exitCode = CliApp.Run(["sources", "add", "--feed", "https://news.example/rss.xml", "--sitemap", "https://news.example/sitemap.xml"], new StringWriter(), error);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("exactly one of", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesAdd_WithAFeedThatIsNotAnHttpUrl_ExitsWithBadUsage()
    {
        var error = new StringWriter();

        var exitCode = CliApp.Run(["sources", "add", "--feed", "file:///etc/passwd"], new StringWriter(), error);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("not an http(s) URL", error.ToString(), StringComparison.Ordinal);
    }
}
