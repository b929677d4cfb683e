using Extractor.Ingest.Feeds;

namespace Extractor.Ingest.Tests.Feeds;

public sealed class UrlCanonicalizerFacts
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM:443/World/Story?b=2&a=1#comments", "https://news.example.com/World/Story?a=1&b=2")]
    [InlineData("http://example.com:80/story?utm_source=rss&utm_campaign=x&id=7&fbclid=abc", "http://example.com/story?id=7")]
    [InlineData("http://example.com/story?gclid=1&mc_cid=2&mc_eid=3", "http://example.com/story")]
    [InlineData("http://example.com:8080/a/../story", "http://example.com:8080/story")]
    [InlineData("https://example.com", "https://example.com/")]
    public void TryCanonicalize_GivesOneSpellingPerArticle(string url, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.TryCanonicalize(url)?.AbsoluteUri);

    [Theory]
    [InlineData("mailto:desk@example.com")]
    [InlineData("/relative/story")]
    public void TryCanonicalize_RejectsWhatIsNotAnAbsoluteWebUrl(string url) =>
        Assert.Null(UrlCanonicalizer.TryCanonicalize(url));
}
