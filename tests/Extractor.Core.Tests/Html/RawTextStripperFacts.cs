using Extractor.Core.Html;

namespace Extractor.Core.Tests.Html;

public sealed class RawTextStripperFacts
{
    [Fact]
    public void Strip_EmptiesScriptsStylesAndDrawingsButKeepsTheirTagsAndTheText()
    {
        var markup = "<p>Before</p><script>var x = '<p>not text</p>';</script><STYLE>p { color: red }</STYLE><svg viewBox=\"0 0 1 1\"><title>icon</title></svg><p>After</p>";

        var stripped = RawTextStripper.Strip(markup);

        Assert.Equal("<p>Before</p><script></script><STYLE></STYLE><svg viewBox=\"0 0 1 1\"></svg><p>After</p>", stripped);
    }

    [Fact]
    public void Strip_KeepsJsonLdBlocks()
    {
        var markup = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script><p>Story</p>";

        Assert.Equal(markup, RawTextStripper.Strip(markup));
    }

    [Fact]
    public void Strip_LeavesTagsThatOnlyStartLikeScriptAlone()
    {
        var markup = "<section><span>Scripted reality</span></section><scripture>Verse</scripture>";

        Assert.Equal(markup, RawTextStripper.Strip(markup));
    }
}
