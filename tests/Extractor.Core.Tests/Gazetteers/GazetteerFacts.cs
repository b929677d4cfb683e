using Extractor.Core.Gazetteers;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Gazetteers;

public class GazetteerFacts
{
    private static readonly Gazetteer Gazetteer = TestGazetteer.Instance;

    [Fact]
    public void LoadDefault_ReadsEveryListCopiedNextToTheProgram()
    {
        Assert.True(Gazetteer.Count > 25_000);
        Assert.Equal("Colombia", Gazetteer.Find("iso:CO")?.Name);
        Assert.Equal("Government of Colombia", Gazetteer.Find("gov:CO")?.Name);
        Assert.Equal("Norte de Santander", Gazetteer.Find("iso2:CO-NSA")?.Name);
        Assert.Equal(GazetteerKind.Leader, Gazetteer.Find("leader:gustavo-petro")?.Kind);
        Assert.Equal(GazetteerKind.Group, Gazetteer.Find("group:eln")?.Kind);
        Assert.Contains(Gazetteer.Lookup("Bogota"), entry => entry.Kind == GazetteerKind.City && entry.Country == "CO");
        Assert.Equal(["iso:CD"], Gazetteer.Lookup("Congo").Select(entry => entry.Id));
    }

    [Fact]
    public void FindMatches_TakesTheLongestName()
    {
        var matched = MatchedTexts("Fighters of the Clan del Golfo crossed the Darién Gap into Panama.");

        Assert.Equal(["Clan del Golfo", "Darién Gap", "Panama"], matched);
    }

    [Fact]
    public void FindMatches_IgnoresAccentsButNotCapitals()
    {
        Assert.Equal(["Bogota"], MatchedTexts("Talks resumed in Bogota on Monday."));
        Assert.Empty(MatchedTexts("talks resumed in bogota on monday."));
    }

    [Fact]
    public void FindMatches_KnowsTheSpellingsNewsUsesForTransliteratedCities()
    {
        Assert.Equal(["Khan Younis", "Zaporizhzhia", "Hodeidah"], MatchedTexts("Strikes hit Khan Younis, Zaporizhzhia and Hodeidah."));
    }

    [Theory]
    [InlineData("He will chad the ballots and jordan will not.")]
    [InlineData("Officials told us the georgia peach harvest was late.")]
    public void FindMatches_SkipsLowercaseWordsSpelledLikeCountries(string text)
    {
        Assert.Empty(MatchedTexts(text));
    }

    [Fact]
    public void FindMatches_FindsCapitalisedCountriesAndAcronyms()
    {
        var matched = MatchedTexts("Chad and Jordan joined the US and the UN in condemning the attack.");

        Assert.Equal(["Chad", "Jordan", "US", "UN"], matched);
    }

    [Fact]
    public void FindMatches_SkipsOneWordPlacesThatAreMostlyOrdinaryWords()
    {
        Assert.Empty(MatchedTexts("Police said the convoy would split before reaching the summit."));
        Assert.Empty(MatchedTexts("Reading the statement, she said Mobile units had been deployed."));
    }

    [Fact]
    public void FindMatches_DropsOneWordPlacesInsideLongerUnknownNames()
    {
        Assert.DoesNotContain("Central", MatchedTexts("The Central Bureau said the numbers were wrong."));
    }

    private static List<string> MatchedTexts(string text)
    {
        var document = SentenceSplitter.Analyze(text);
        return [.. Gazetteer.FindMatches(document).Select(match =>
            document.Slice(document.Tokens[match.StartToken].Start, document.Tokens[match.EndToken - 1].End))];
    }
}
