using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

public sealed class NerPhraseListsFacts
{
    private static readonly NerPhraseLists Lists = new(
        ["city", "country", "orgword"],
        [("New York", "city"), ("York", "city"), ("New York City", "city"), ("Colombia", "country"), ("University", "orgword")]);

    [Fact]
    public void AddFeatures_TagsTheLongestMatchOfEachKindWithBeginAndInside()
    {
        var features = FeaturesOf(["She", "moved", "to", "New", "York", "City", "from", "Colombia", "."]);

        Assert.Contains("L=B-city", features[3]);
        Assert.Contains("L=I-city", features[4]);
        Assert.Contains("L=I-city", features[5]);
        Assert.DoesNotContain("L=B-city", features[4]);
        Assert.Contains("L=B-country", features[7]);
        Assert.Empty(features[1]);
    }

    [Fact]
    public void AddFeatures_GivesNeighboursTheListTagsOfTheWordsBesideThem()
    {
        var features = FeaturesOf(["Harvard", "University", "said"]);

        Assert.Contains("L+1=B-orgword", features[0]);
        Assert.Contains("L-1=B-orgword", features[2]);
        Assert.DoesNotContain("L=B-orgword", features[0]);
    }

    [Fact]
    public void AddFeatures_IgnoresCaseButNeedsACapitalisedFirstWord()
    {
        Assert.Contains("L=B-city", FeaturesOf(["NEW", "YORK", "RALLY"])[0]);
        Assert.Empty(FeaturesOf(["new", "york"])[0]);
    }

    [Fact]
    public void Read_BuildsEachKindFromTheShippedGazetteerFiles()
    {
        var lists = NerPhraseListReader.Read(Path.Combine(AppContext.BaseDirectory, "corpora", "gazetteers"), minCityPopulation: 50_000);

        Assert.Contains(("Colombia", "country"), lists.Phrases());
        Assert.Contains(("Colombian", "demonym"), lists.Phrases());
        Assert.Contains(("Medellín", "city"), lists.Phrases());
        Assert.Contains(("John", "firstname"), lists.Phrases());
        Assert.Contains(("University", "orgword"), lists.Phrases());
        Assert.Contains(("Gustavo Petro", "leader"), lists.Phrases());
    }

    [Fact]
    public void Observations_WithoutListsLeaveOutEveryListFeature()
    {
        var extractor = new NerFeatureExtractor(NerLexicon.Empty, Lists);
        string[] words = ["Flights", "from", "New", "York", "to", "Colombia"];

        Assert.Contains(extractor.Observations(words).SelectMany(token => token), feature => feature.StartsWith('L'));
        Assert.DoesNotContain(extractor.Observations(words, useLists: false).SelectMany(token => token), feature => feature.StartsWith('L'));
    }

    private static List<string>[] FeaturesOf(string[] words)
    {
        var (begins, insides) = Lists.Match(words);
        var features = words.Select(_ => new List<string>()).ToArray();
        for (var t = 0; t < words.Length; t++) Lists.AddFeatures(features[t], t, begins, insides);
        return features;
    }
}
