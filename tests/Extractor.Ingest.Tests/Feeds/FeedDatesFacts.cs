using Extractor.Ingest.Feeds;

namespace Extractor.Ingest.Tests.Feeds;

public sealed class FeedDatesFacts
{
    [Theory]
    [InlineData("Mon, 23 Nov 2026 09:30:00 GMT", "2026-11-23T09:30:00+00:00")]
    [InlineData("Sun, 22 Nov 2026 18:05:00 -0500", "2026-11-22T18:05:00-05:00")]
    [InlineData("22 Nov 2026 18:05 EST", "2026-11-22T18:05:00-05:00")]
    [InlineData("2026-11-22T20:15:00+01:00", "2026-11-22T20:15:00+01:00")]
    [InlineData("2026-11-20", "2026-11-20T00:00:00+00:00")]
    public void Parse_ReadsRfc822AndW3cDates(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));

    [Fact]
    public void Parse_ReturnsNullForText() => Assert.Null(FeedDates.Parse("yesterday"));
}
