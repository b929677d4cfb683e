using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

public sealed class SpanTypeCuesFacts
{
    [Fact]
    public void TypeOf_MakesANameEndingInAGeographicFeatureAPlace()
    {
        Assert.Equal("LOC", TypeOf("migrants crossed the Darién Gap on foot", "Darién Gap", "ORG"));
    }

    [Theory]
    [InlineData("the most powerful organization , the Red Hand , froze the talks")]
    [InlineData("The Red Hand — a 10,000-strong cartel that smuggles migrants — responded")]
    public void TypeOf_MakesANameInAppositionWithAGroupNounAnOrganisation(string sentence)
    {
        Assert.Equal("ORG", TypeOf(sentence, "Red Hand", "MISC"));
        Assert.Equal("ORG", TypeOf(sentence, "Red Hand", "PER"));
    }

    [Fact]
    public void TypeOf_KeepsAPersonDescribedAsAMemberOfAGroup()
    {
        Assert.Equal("PER", TypeOf("Ana Ruiz , a party leader , spoke", "Ana Ruiz", "PER"));
    }

    [Fact]
    public void TypeOf_MakesTheNameOpeningADatelineAPlace()
    {
        var words = "Quito , Ecuador — The government said".Split(' ');
        List<EntitySpan> spans = [new(0, 1, "PER"), new(2, 3, "LOC")];

        Assert.Equal("LOC", SpanTypeCues.TypeOf(spans, 0, words));
        Assert.Equal("PER", SpanTypeCues.TypeOf([new(0, 1, "PER"), new(2, 3, "LOC")], 0, "Quito , Ecuador said".Split(' ')));
    }

    private static string TypeOf(string sentence, string name, string type)
    {
        var words = sentence.Split(' ');
        var nameWords = name.Split(' ');
        var start = Enumerable.Range(0, words.Length).First(i => words.Skip(i).Take(nameWords.Length).SequenceEqual(nameWords));
        return SpanTypeCues.TypeOf([new EntitySpan(start, start + nameWords.Length, type)], 0, words);
    }
}
