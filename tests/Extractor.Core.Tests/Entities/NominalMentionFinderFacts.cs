using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Gazetteers;
using Extractor.Core.Tests.Gazetteers;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Entities;

public sealed class NominalMentionFinderFacts
{
    private static readonly Lazy<NominalMentionFinder> Finder = new(() => new NominalMentionFinder(GroupNounLexicon.Load(UpwardSearch.Find("corpora/gazetteers"))));

    private readonly EntityLinker linker = new(TestGazetteer.Instance);

    private static List<string> Phrases(string text) =>
        [.. Finder.Value.FindMentions(SentenceSplitter.Analyze(text)).Select(mention => mention.Text)];

    [Fact]
    public void FindMentions_TakesTheHeadNounWithItsDemonymAndModifiers()
    {
        Assert.Equal(["Nigerian troops", "armed men"], Phrases("Nigerian troops clashed with armed men near the border."));
    }

    [Fact]
    public void FindMentions_EndsANounCompoundAtItsLastHead()
    {
        var mention = Assert.Single(Finder.Value.FindMentions(SentenceSplitter.Analyze("Gunfire hit a police convoy on Tuesday.")));

        Assert.Equal(("police convoy", EntityType.Group, MentionSource.Nominal), (mention.Text, mention.Type, mention.Source));
    }

    [Fact]
    public void FindMentions_NamesOnePersonByASingularHead()
    {
        var mention = Assert.Single(Finder.Value.FindMentions(SentenceSplitter.Analyze("A journalist was detained.")));

        Assert.Equal(EntityType.Person, mention.Type);
    }

    [Fact]
    public void FindMentions_SkipsAHeadThatModifiesAPluralNoun()
    {
        Assert.Equal(["rebels"], Phrases("Two fighter jets bombed the rebels."));
    }

    [Fact]
    public void FindMentions_NamesASiteByWhatItIsAsAPlace()
    {
        var mention = Assert.Single(Finder.Value.FindMentions(SentenceSplitter.Analyze("A shell struck a hospital on Monday.")));

        Assert.Equal(("hospital", EntityType.Place, MentionSource.Nominal), (mention.Text, mention.Type, mention.Source));
    }

    [Fact]
    public void Link_KeepsASiteAfterAGroupNameApartFromTheGroup()
    {
        const string text = "Police raided an ELN camp.";
        var document = SentenceSplitter.Analyze(text);
        var mentions = new GazetteerMentionFinder(TestGazetteer.Instance).FindMentions(document).Concat(Finder.Value.FindMentions(document)).ToList();

        var entities = linker.Link(document, mentions);

        Assert.Equal(["ELN"], entities.Single(entity => entity.Id.StartsWith("group:eln", StringComparison.Ordinal)).Mentions.Select(mention => mention.Text));
        Assert.Equal(EntityType.Place, entities.Single(entity => entity.Name == "camp").Type);
    }

    [Fact]
    public void FindMentions_TakesADemonymBeforeAMeansOfTheStateAsTheState()
    {
        var mentions = Finder.Value.FindMentions(SentenceSplitter.Analyze("Russian shelling cut power to the plant, and a Russian court fined him."));

        var state = Assert.Single(mentions, mention => mention.Cue == NominalMentionFinder.StateCue);
        Assert.Equal("Russian", state.Text);
        Assert.Equal(0, state.Start);
    }

    [Fact]
    public void Link_ResolvesADemonymStandingForItsStateToTheGovernment()
    {
        const string text = "Israeli air strikes hit Rafah, and Morgan strikes back in the novel.";
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, Finder.Value.FindMentions(document));

        var state = Assert.Single(entities);
        Assert.Equal(("gov:IL", "Israeli"), (state.Id, state.Mentions.Single().Text));
    }

    [Fact]
    public void Link_JoinsANominalRightAfterAGroupNameToTheGroup()
    {
        const string text = "Seven ELN rebels were killed.";
        var document = SentenceSplitter.Analyze(text);
        var mentions = new GazetteerMentionFinder(TestGazetteer.Instance).FindMentions(document).Concat(Finder.Value.FindMentions(document)).ToList();

        var entity = Assert.Single(linker.Link(document, mentions));

        Assert.Equal(["ELN", "rebels"], entity.Mentions.Select(mention => mention.Text));
    }

    [Fact]
    public void Link_KeepsANominalOnlyWhereNoNameIs()
    {
        const string text = "The Gulf Clan fighters and unidentified gunmen attacked passengers.";
        var document = SentenceSplitter.Analyze(text);
        var mentions = new GazetteerMentionFinder(TestGazetteer.Instance).FindMentions(document).Concat(Finder.Value.FindMentions(document)).ToList();

        var entities = linker.Link(document, mentions);

        Assert.Equal(["Clan del Golfo", "unidentified gunmen", "passengers"], entities.Select(entity => entity.Name));
        Assert.DoesNotContain(entities, entity => entity.Name.Contains("fighters", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_ResolvesANominalThatCoreferesWithTheNamedGroup()
    {
        const string text = "The ELN attacked a pipeline. The rebels later withdrew.";
        var document = SentenceSplitter.Analyze(text);
        var mentions = new GazetteerMentionFinder(TestGazetteer.Instance).FindMentions(document).Concat(Finder.Value.FindMentions(document)).ToList();

        var entity = Assert.Single(linker.Link(document, mentions), entity => entity.Type == EntityType.Group);

        Assert.Equal(["ELN", "The rebels"], entity.Mentions.Select(mention => mention.Text));
    }

    [Fact]
    public void Link_GivesTheSameNominalInTwoArticlesTwoIdentities()
    {
        string Police(string text)
        {
            var document = SentenceSplitter.Analyze(text);
            return Assert.Single(linker.Link(document, Finder.Value.FindMentions(document)), entity => entity.Name == "Police").Id;
        }

        var first = Police("Police dispersed the crowd.");
        var again = Police("Police dispersed the crowd.");
        var other = Police("Police closed the bridge.");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.StartsWith("group:police~", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_JoinsRepeatedNominalsOfOneArticle()
    {
        const string text = "Protesters marched on Monday. Police said protesters threw stones.";
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, Finder.Value.FindMentions(document));

        Assert.Equal([2, 1], entities.Select(entity => entity.Mentions.Count));
    }

    [Fact]
    public void Extract_MakesNominalsTheActorAndTargetOfAnAttack()
    {
        const string text = "Gunmen ambushed a bus and kidnapped 20 passengers.";
        var document = SentenceSplitter.Analyze(text);
        var entities = linker.Link(document, Finder.Value.FindMentions(document));

        var events = new RuleEventExtractor().Extract(document, entities, new DateOnly(2025, 3, 14));

        var gunmen = Assert.Single(entities, entity => entity.Name == "Gunmen").Id;
        var passengers = Assert.Single(entities, entity => entity.Name == "passengers").Id;
        Assert.Contains(events, e => e.ActorIds.Contains(gunmen) && e.TargetIds.Contains(passengers));
    }
}
