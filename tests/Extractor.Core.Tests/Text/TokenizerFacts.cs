using Extractor.Core.Text;

namespace Extractor.Core.Tests.Text;

public class TokenizerFacts
{
    [Theory]
    [InlineData("Gen. Smith met Mr. Jones in the U.S. capital.", "Gen.|Smith|met|Mr.|Jones|in|the|U.S.|capital|.")]
    [InlineData("J. R. Tolkien wrote it.", "J.|R.|Tolkien|wrote|it|.")]
    [InlineData("He called it “Total Peace.”", "He|called|it|“|Total|Peace|.|”")]
    [InlineData("the left-wing president's 60-year-old rival", "the|left-wing|president|'s|60-year-old|rival")]
    [InlineData("Colombia’s government and Petro's allies", "Colombia|’s|government|and|Petro|'s|allies")]
    [InlineData("They don't know O'Brien.", "They|do|n't|know|O'Brien|.")]
    [InlineData("From Bogotá to the Darién Gap", "From|Bogotá|to|the|Darién|Gap")]
    [InlineData("over 100,000 acres and 68 million dollars, up 3.5%", "over|100,000|acres|and|68|million|dollars|,|up|3.5|%")]
    [InlineData("See https://example.org/news?id=7. Follow @petrogustavo and #PazTotal!", "See|https://example.org/news?id=7|.|Follow|@petrogustavo|and|#PazTotal|!")]
    [InlineData("Wait... what?!", "Wait|...|what|?|!")]
    [InlineData("a U.S.-backed plan for ex-FARC and FARC-EP units", "a|U.S.-backed|plan|for|ex-FARC|and|FARC-EP|units")]
    [InlineData("On Feb. 4 at 11 p.m. it paid $68 million.", "On|Feb.|4|at|11|p.m.|it|paid|$|68|million|.")]
    [InlineData("rebels — about 300 — fled", "rebels|—|about|300|—|fled")]
    public void Tokenize_SplitsNewsTextTheWayNerCorporaDo(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
    }

    [Theory]
    [InlineData("Bogotá, Colombia — The Colombian government has confirmed it.")]
    [InlineData("  Seven ELN rebels\twere killed.\n\nIt was the first time (in 60 years).  ")]
    public void Tokenize_GivesExactOffsetsThatCoverEveryNonSpaceCharacter(string text)
    {
        var tokens = Tokenizer.Tokenize(text);

        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd && token.End > token.Start);
            for (var i = token.Start; i < token.End; i++) covered[i] = true;
            previousEnd = token.End;
        }

        for (var i = 0; i < text.Length; i++) Assert.Equal(!char.IsWhiteSpace(text[i]), covered[i]);
    }

    private static string[] Texts(string text) => [.. Tokenizer.Tokenize(text).Select(token => text[token.Start..token.End])];
}
