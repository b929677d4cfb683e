using Extractor.Core.Entities;
using Extractor.Core.Gazetteers;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Gazetteers;

public class GazetteerMentionFinderFacts
{
    private readonly GazetteerMentionFinder finder = new(TestGazetteer.Instance);

    [Fact]
    public void FindMentions_TakesAShortMixedCaseAcronymOnlyAsSpelled()
    {
        var ordinary = finder.FindMentions(SentenceSplitter.Analyze("Let us be clear about the budget."));
        var acronym = finder.FindMentions(SentenceSplitter.Analyze("Police blamed the LeT for the attack."));

        Assert.DoesNotContain(ordinary, mention => mention.Text == "Let");
        Assert.Contains(acronym, mention => mention.Text == "LeT" && mention.Type == EntityType.Group);
    }

    [Fact]
    public void FindMentions_GivesEachMatchItsGazetteerIdTypeAndExactOffsets()
    {
        const string text = "Gustavo Petro met ELN negotiators in Caracas.";
        var mentions = finder.FindMentions(SentenceSplitter.Analyze(text));

        Assert.Collection(
            mentions,
            petro => Assert.Equal(("Gustavo Petro", EntityType.Leader, "leader:gustavo-petro", 0), (petro.Text, petro.Type, petro.GazetteerId, petro.Start)),
            eln => Assert.Equal(("ELN", EntityType.Group, "group:eln"), (eln.Text, eln.Type, eln.GazetteerId)),
            caracas => Assert.Equal(("Caracas", EntityType.Place, text.IndexOf("Caracas", StringComparison.Ordinal)), (caracas.Text, caracas.Type, caracas.Start)));
        Assert.All(mentions, mention => Assert.Equal(MentionSource.Gazetteer, mention.Source));
        Assert.All(mentions, mention => Assert.Equal(mention.Text, text[mention.Start..mention.End]));
    }

    [Fact]
    public void FindMentions_GovernmentPhraseAlsoYieldsTheCountryItNames()
    {
        var mentions = finder.FindMentions(SentenceSplitter.Analyze("Venezuela's government rejected the claim."));

        Assert.Contains(mentions, mention => mention.GazetteerId == "gov:VE" && mention.Text == "Venezuela's government");
        Assert.Contains(mentions, mention => mention.GazetteerId == "iso:VE" && mention.Text == "Venezuela");
    }

    [Theory]
    [InlineData("Colombian troops bombed the camp.", "Colombian troops", "gov:CO")]
    [InlineData("Venezuela's armed forces were deployed.", "Venezuela's armed forces", "gov:VE")]
    [InlineData("The Israeli military said it struck.", "Israeli military", "group:idf")]
    public void FindMentions_StateForcesActForTheirGovernmentUnlessAListNamesThem(string text, string span, string id)
    {
        var mentions = finder.FindMentions(SentenceSplitter.Analyze(text));

        Assert.Contains(mentions, mention => mention.Text == span && mention.GazetteerId == id);
    }

    [Fact]
    public void FindMentions_DemonymBeforeGovernmentNamesTheGovernment()
    {
        var mentions = finder.FindMentions(SentenceSplitter.Analyze("The Colombian government confirmed the talks."));

        var government = Assert.Single(mentions);
        Assert.Equal(("gov:CO", EntityType.Group, "Colombian government"), (government.GazetteerId, government.Type, government.Text));
    }
}
