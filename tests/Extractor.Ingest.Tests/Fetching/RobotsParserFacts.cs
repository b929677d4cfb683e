using Extractor.Ingest.Fetching;

namespace Extractor.Ingest.Tests.Fetching;

public sealed class RobotsParserFacts
{
    private const string Robots = """
        # shared rules
        User-agent: *
        Disallow: /

        User-agent: extractorbot
        User-agent: SomeOtherBot
        Disallow: /archive/
        Allow: /archive/*/public
        Disallow: /*.pdf$
        Crawl-delay: 2.5

        User-agent: ExtractorBot
        Disallow: /search
        """;

    [Theory]
    [InlineData("/news/today", true)]
    [InlineData("/archive/2019/report", false)]
    [InlineData("/archive/2019/public/report", true)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?download=1", true)]
    [InlineData("/search?q=port", false)]
    [InlineData("/robots.txt", true)]
    public void Parse_MergesOurGroups_AndTheLongestMatchWins(string path, bool expected)
    {
        var rules = RobotsParser.Parse(Robots, "ExtractorBot");

        Assert.Equal(expected, rules.IsAllowed(path));
    }

    [Fact]
    public void Parse_ReadsCrawlDelayFromOurGroup()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsParser.Parse(Robots, "ExtractorBot").CrawlDelay);
    }

    [Fact]
    public void Parse_FallsBackToTheStarGroup_ForAnUnnamedCrawler()
    {
        var rules = RobotsParser.Parse(Robots, "UnknownBot");

        Assert.False(rules.IsAllowed("/news/today"));
        Assert.Null(rules.CrawlDelay);
    }

    [Fact]
    public void IsAllowed_PrefersAllowWhenEquallyLongRulesConflict()
    {
        var rules = RobotsParser.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "ExtractorBot");

        Assert.True(rules.IsAllowed("/page"));
    }

    [Fact]
    public void IsAllowed_MatchesAPatternFullOfWildcardsWithoutBacktrackingForever()
    {
        var rules = RobotsParser.Parse("User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 40)) + "b$\n", "ExtractorBot");

        Assert.True(rules.IsAllowed("/" + new string('a', 4000)));
        Assert.False(rules.IsAllowed("/" + new string('a', 4000) + "b"));
    }

    [Fact]
    public void Parse_IgnoresAnEmptyDisallow()
    {
        var rules = RobotsParser.Parse("User-agent: *\nDisallow:\n", "ExtractorBot");

        Assert.True(rules.IsAllowed("/anything"));
    }

    [Fact]
    public void ProductToken_IsTheUserAgentBeforeItsVersion()
    {
        Assert.Equal("ExtractorBot", RobotsParser.ProductToken("ExtractorBot/0.1 (+contact)"));
    }
}
