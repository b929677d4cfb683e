using System.Text;
using Extractor.Core.Html;

namespace Extractor.Core.Tests.Html;

public sealed class HtmlArticleParserFacts
{
    private readonly HtmlArticleParser parser = new();

    [Fact]
    public void Parse_KeepsTheStoryAndDropsNavigationSharingRelatedCommentsAndFooter()
    {
        var text = parser.Parse(TestPages.Read("harbour-article.html"), "harbour-article.html").Article.Text;

        Assert.Contains("Residents of the small harbour town voted on Thursday", text);
        Assert.Contains("\"We cannot keep bailing out the high street every February,\"", text);
        Assert.DoesNotContain("Home", text);
        Assert.DoesNotContain("Share on Facebook", text);
        Assert.DoesNotContain("Council budget approved", text);
        Assert.DoesNotContain("about time the council acted", text);
        Assert.DoesNotContain("Copyright", text);
        Assert.DoesNotContain("cookies", text);
        Assert.DoesNotContain("analytics", text);
    }

    [Fact]
    public void Parse_KeepsEmbeddedSocialPostsQuotedInTheStory()
    {
        var text = parser.Parse(TestPages.Read("harbour-article.html"), "harbour-article.html").Article.Text;

        Assert.Contains("Finally some good news for the quay, the wall vote passed tonight", text);
    }

    [Fact]
    public void Parse_LeavesOutTheBylineButKeepsProseThatStartsWithBy()
    {
        var paragraphs = parser.Parse(TestPages.Read("harbour-article.html"), "harbour-article.html").Article.Text.Split("\n\n");

        Assert.DoesNotContain(paragraphs, paragraph => paragraph.Contains("Coastal Affairs Reporter", StringComparison.Ordinal));
        Assert.Contains("By the end of the meeting, only two councillors still opposed the plan.", paragraphs);
    }

    [Fact]
    public void Parse_LeavesOutPhotoCaptions()
    {
        var text = parser.Parse(TestPages.Read("harbour-article.html"), "harbour-article.html").Article.Text;

        Assert.DoesNotContain("seen from the quay", text);
        Assert.Contains("Storms last winter pushed water", text);
    }

    [Fact]
    public void Parse_KeepsHeadingsAndListItemsAsParagraphsButLeavesOutTheHeadline()
    {
        var text = parser.Parse(TestPages.Read("harbour-article.html"), "harbour-article.html").Article.Text;

        var paragraphs = text.Split("\n\n");
        Assert.Contains("Why the vote mattered", paragraphs);
        Assert.Contains("Work is due to start in the autumn, once the fishing season ends.", paragraphs);
        Assert.DoesNotContain("Harbour town votes to rebuild its sea wall", text);
        Assert.StartsWith("Residents of the small harbour town", text);
    }

    [Fact]
    public void Parse_ReadsTitleWithoutSiteNameAuthorLanguageAndTimeElementDate()
    {
        var article = parser.Parse(TestPages.Read("harbour-article.html"), "harbour-article.html").Article;

        Assert.Equal("Harbour town votes to rebuild its sea wall", article.Title);
        Assert.Equal(["Mara Lindqvist"], article.Authors);
        Assert.Equal("en", article.Language);
        Assert.Equal(new DateOnly(2024, 3, 7), article.Published);
    }

    [Fact]
    public void Parse_TakesTheDateAndAuthorsFromJsonLd()
    {
        var article = parser.Parse(TestPages.Read("paywall.html"), "paywall.html").Article;

        Assert.Equal(new DateOnly(2023, 11, 2), article.Published);
        Assert.Equal(["Tomas Reyes"], article.Authors);
    }

    [Fact]
    public void Parse_TakesTheDateFromArticlePublishedTimeMeta()
    {
        var page = Page("""<meta property="article:published_time" content="2022-01-31T23:10:00-08:00">""", Prose);

        var article = parser.Parse(Encoding.UTF8.GetBytes(page), "meta.html").Article;

        Assert.Equal(new DateOnly(2022, 1, 31), article.Published);
    }

    [Fact]
    public void Parse_TakesTheDateFromTheUrlWhenThePageStatesNone()
    {
        var page = Page("""<link rel="canonical" href="https://news.example/2021/06/15/bridge-reopens/">""", Prose);

        var article = parser.Parse(Encoding.UTF8.GetBytes(page), "url.html").Article;

        Assert.Equal(new DateOnly(2021, 6, 15), article.Published);
    }

    [Fact]
    public void Parse_LeavesTheDateEmptyWhenNothingStatesIt()
    {
        var article = parser.Parse(Encoding.UTF8.GetBytes(Page(string.Empty, Prose)), "none.html").Article;

        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_UsesTheJsonLdArticleBodyWhenThePageShowsFarLess()
    {
        var sentence = "The ferry service to the outer islands will run twice a day from April, the operator said. ";
        var statedBody = string.Concat(Enumerable.Repeat(sentence, 8)) + "\nFares will stay the same until the end of the year.";
        var jsonLd = $$"""<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "{{statedBody.Replace("\n", "\\n", StringComparison.Ordinal)}}"}</script>""";
        var page = Page(jsonLd, "<div id=\"app\"><p>Loading the story, please wait a moment for it to appear.</p></div>");

        var text = parser.Parse(Encoding.UTF8.GetBytes(page), "ferry.html").Article.Text;

        Assert.StartsWith("The ferry service to the outer islands", text);
        Assert.EndsWith("\n\nFares will stay the same until the end of the year.", text);
    }

    [Fact]
    public void Parse_DecodesWithTheMetaCharsetWhenNoHeaderIsGiven()
    {
        var page = Page("""<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">""", "<p>Caf\u00e9 owners in the old quarter say the new rules will cost them their summer trade.</p>");

        var text = parser.Parse(Windows1252(page), "cafe.html").Article.Text;

        Assert.Contains("Caf\u00e9 owners", text);
    }

    [Fact]
    public void Parse_PrefersTheHeaderCharsetOverTheMetaCharset()
    {
        var page = Page("""<meta charset="utf-8">""", "<p>Caf\u00e9 owners in the old quarter say the new rules will cost them their summer trade.</p>");

        var text = parser.Parse(Windows1252(page), "cafe.html", declaredCharset: "iso-8859-1").Article.Text;

        Assert.Contains("Caf\u00e9 owners", text);
    }

    [Fact]
    public void Parse_RejectsAPngImage()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var exception = Assert.Throws<ArticleParseException>(() => parser.Parse(png, "photo.png"));

        Assert.Contains("photo.png", exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("just some words and no markup at all")]
    public void Parse_RejectsInputThatIsNotAPage(string content)
    {
        Assert.Throws<ArticleParseException>(() => parser.Parse(Encoding.UTF8.GetBytes(content), "odd.html"));
    }

    [Fact]
    public void Parse_ClassifiesAFullStoryAsAnArticle()
    {
        Assert.Equal(PageKind.Article, parser.Parse(TestPages.Read("harbour-article.html"), "harbour-article.html").Kind);
    }

    [Fact]
    public void Parse_ClassifiesASubscriberOnlyTeaserAsPaywall()
    {
        Assert.Equal(PageKind.Paywall, parser.Parse(TestPages.Read("paywall.html"), "paywall.html").Kind);
    }

    [Fact]
    public void Parse_ClassifiesAConsentWallAsBlocked()
    {
        Assert.Equal(PageKind.Blocked, parser.Parse(TestPages.Read("consent.html"), "consent.html").Kind);
    }

    private const string Prose = """
        <p>The bridge over the estuary reopened to traffic on Tuesday after eight months of repairs, officials said.</p>
        <p>Engineers replaced the bearings, resurfaced the deck and repainted the steel, which had begun to rust badly.</p>
        """;

    private static string Page(string head, string body) =>
        $"<!DOCTYPE html><html><head><title>Test page</title>{head}</head><body><article>{body}</article></body></html>";

    private static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }
}
