using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

public sealed class PersonTitleTrimmerFacts
{
    [Fact]
    public void Trim_CutsLearnedTitlesFromTheFrontOfPersonSpans()
    {
        var conllStyle = Enumerable.Repeat(new LabeledSentence(["President", "Yeltsin", "said"], ["O", "B-PER", "O"]), 3);
        var trimmer = PersonTitleTrimmer.Learn(conllStyle);
        var gmbStyle = new LabeledSentence(["President", "Bush", "met", "President", "Putin"], ["B-PER", "I-PER", "O", "B-PER", "I-PER"]);

        var trimmed = trimmer.Trim(gmbStyle);

        Assert.Equal(["O", "B-PER", "O", "O", "B-PER"], trimmed.Tags);
    }
}
