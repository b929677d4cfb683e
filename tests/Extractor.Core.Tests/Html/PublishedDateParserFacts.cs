using Extractor.Core.Html;

namespace Extractor.Core.Tests.Html;

public sealed class PublishedDateParserFacts
{
    [Theory]
    [InlineData("2024-05-12T23:30:00-07:00", 2024, 5, 12)]
    [InlineData("2024-05-12", 2024, 5, 12)]
    [InlineData("20240512", 2024, 5, 12)]
    [InlineData("Sun, 12 May 2024 08:00:00 GMT", 2024, 5, 12)]
    public void Parse_ReadsTheDateAsThePublisherWroteIt(string value, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), PublishedDateParser.Parse(value));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-13-40")]
    [InlineData("")]
    public void Parse_ReturnsNullForTextThatIsNotADate(string value)
    {
        Assert.Null(PublishedDateParser.Parse(value));
    }

    [Theory]
    [InlineData("https://news.example/2024/05/12/story-slug", 2024, 5, 12)]
    [InlineData("https://news.example/world/2019-11-03/story-slug", 2019, 11, 3)]
    [InlineData("https://news.example/20200229/story", 2020, 2, 29)]
    public void FromUrl_ReadsDateFolders(string url, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), PublishedDateParser.FromUrl(url));
    }

    [Fact]
    public void FromUrl_IgnoresNumbersThatAreNotADate()
    {
        Assert.Null(PublishedDateParser.FromUrl("https://news.example/article/123456789"));
    }
}
