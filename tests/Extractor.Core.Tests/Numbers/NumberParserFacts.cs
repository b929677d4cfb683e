using Extractor.Core.Numbers;

namespace Extractor.Core.Tests.Numbers;

public sealed class NumberParserFacts
{
    [Theory]
    [InlineData("seven", 7)]
    [InlineData("Seven", 7)]
    [InlineData("166", 166)]
    [InlineData("100,000", 100_000)]
    [InlineData("68 million", 68_000_000)]
    [InlineData("1.5 billion", 1_500_000_000)]
    [InlineData("twenty-five", 25)]
    [InlineData("two hundred", 200)]
    public void Parse_ReadsDigitsWordsAndScales(string text, double expected)
    {
        Assert.Equal((decimal)expected, NumberParser.Parse(text));
    }

    [Fact]
    public void Parse_RejectsTextThatIsNotANumber()
    {
        Assert.Null(NumberParser.Parse("several"));
    }

    [Theory]
    [InlineData("at least 12 people died", 12, NumberBound.AtLeast)]
    [InlineData("more than 300 families fled", 300, NumberBound.MoreThan)]
    [InlineData("over 100,000 were displaced", 100_000, NumberBound.MoreThan)]
    [InlineData("about 40 soldiers", 40, NumberBound.About)]
    public void Find_KeepsTheQualifier(string text, int value, NumberBound bound)
    {
        var number = Assert.Single(NumberParser.Find(text));
        Assert.Equal(value, number.Value);
        Assert.Equal(bound, number.Bound);
        Assert.Equal(0, number.Start);
    }

    [Fact]
    public void Find_GivesVaguePluralsTheirFloor()
    {
        var number = Assert.Single(NumberParser.Find("Dozens of homes burned."));
        Assert.Equal(24, number.Value);
        Assert.Equal(NumberBound.Vague, number.Bound);
    }

    [Fact]
    public void Find_SkipsThePartsOfAnIsoDate()
    {
        var numbers = NumberParser.Find("dated 2026-02-04");
        Assert.Equal([2026m], numbers.Select(n => n.Value));
    }

    [Fact]
    public void Find_SkipsNumbersTooLargeToRepresent()
    {
        Assert.Empty(NumberParser.Find("99999999999999999999999999999 trillion"));
    }
}
