using Extractor.Core.Text;

namespace Extractor.Core.Tests.Text;

public class SentenceSplitterFacts
{
    [Theory]
    [InlineData("Gen. Smith arrived in Bogotá. He spoke briefly.", "Gen. Smith arrived in Bogotá.|He spoke briefly.")]
    [InlineData("The talks were held in the U.S. The ELN did not attend.", "The talks were held in the U.S.|The ELN did not attend.")]
    [InlineData("He called it “Total Peace.” Critics disagreed.", "He called it “Total Peace.”|Critics disagreed.")]
    [InlineData("Peace strategy falters\nThe Clan del Golfo froze talks.", "Peace strategy falters|The Clan del Golfo froze talks.")]
    [InlineData("It cost 3.5 million dollars. Mr. J. Smith paid.", "It cost 3.5 million dollars.|Mr. J. Smith paid.")]
    [InlineData("What changed? The day before, Petro sat across from Trump.", "What changed?|The day before, Petro sat across from Trump.")]
    [InlineData("Officials met at 10 a.m. on Monday in Caracas.", "Officials met at 10 a.m. on Monday in Caracas.")]
    public void Analyze_SplitsSentencesAtTheirEndsOnly(string text, string expected)
    {
        var document = SentenceSplitter.Analyze(text);

        Assert.Equal(expected.Split('|'), document.Sentences.Select(sentence => text[sentence.Start..sentence.End]));
    }

    [Fact]
    public void SentenceAt_FindsTheSentenceHoldingAnOffset()
    {
        const string text = "First one. Second one.";
        var document = SentenceSplitter.Analyze(text);

        Assert.Equal(0, document.SentenceAt(3));
        Assert.Equal(1, document.SentenceAt(text.IndexOf("Second", StringComparison.Ordinal)));
        Assert.Equal(-1, document.SentenceAt(text.Length + 5));
    }
}
