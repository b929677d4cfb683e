using Extractor.Core.Entities;
using Extractor.Core.Gazetteers;
using Extractor.Core.Tests.Gazetteers;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Entities;

public class EntityLinkerFacts
{
    private static readonly Gazetteer Gazetteer = TestGazetteer.Instance;
    private readonly EntityLinker linker = new(Gazetteer);

    [Fact]
    public void Link_JoinsASurnameToTheFullNameItShortens()
    {
        const string text = "Rebel negotiator Marta Quintero arrived late. Quintero said little, and Ana Ruiz said less.";
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, [Tagged(text, "Marta Quintero", EntityType.Person), Tagged(text, "Quintero", EntityType.Person, occurrence: 1), Tagged(text, "Ana Ruiz", EntityType.Person)]);

        var quintero = Assert.Single(entities, entity => entity.Name == "Marta Quintero");
        Assert.Equal(["Marta Quintero", "Quintero"], quintero.Mentions.Select(mention => mention.Text));
        Assert.Equal("person:marta-quintero", quintero.Id);
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void Link_JoinsAnAcronymInBracketsToTheNameBeforeIt()
    {
        const string text = "The Popular Front for Renewal (PFR) denied it. Later the PFR attacked a base.";
        var document = SentenceSplitter.Analyze(text);
        var mentions = new[]
        {
            Tagged(text, "Popular Front for Renewal", EntityType.Group),
            Tagged(text, "PFR", EntityType.Group),
            Tagged(text, "PFR", EntityType.Group, occurrence: 1),
        };

        var group = Assert.Single(linker.Link(document, mentions));

        Assert.Equal(("Popular Front for Renewal", 3), (group.Name, group.Mentions.Count));
        Assert.Contains("PFR", group.Aliases);
    }

    [Fact]
    public void Link_JoinsAnAcronymMadeOfTheInitialsOfAnEarlierName()
    {
        const string text = "Fighters of the Northern Resistance Army looted the town; the NRA later withdrew.";
        var document = SentenceSplitter.Analyze(text);

        var group = Assert.Single(linker.Link(document, [Tagged(text, "Northern Resistance Army", EntityType.Group), Tagged(text, "NRA", EntityType.Group)]));

        Assert.Equal(2, group.Mentions.Count);
    }

    [Fact]
    public void Link_JoinsGazetteerAliasesIntoOneEntity()
    {
        const string text = "The Gulf Clan, also called the Clan del Golfo or AGC, froze the talks.";
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, new GazetteerMentionFinder(Gazetteer).FindMentions(document));

        var clan = Assert.Single(entities);
        Assert.Equal(("group:clan-del-golfo", "Clan del Golfo", 3), (clan.Id, clan.Name, clan.Mentions.Count));
    }

    [Fact]
    public void Link_TypesAPersonAsLeaderWhenARoleWordStandsNextToAnyMention()
    {
        const string text = "Jorge Salcedo was seen in town. Residents said Salcedo, the group's top commander, left. Luis Pardo, a farmer, stayed.";
        var document = SentenceSplitter.Analyze(text);
        var mentions = new[]
        {
            Tagged(text, "Jorge Salcedo", EntityType.Person),
            Tagged(text, "Salcedo", EntityType.Person, occurrence: 1),
            Tagged(text, "Luis Pardo", EntityType.Person),
        };

        var entities = linker.Link(document, mentions);

        var salcedo = Assert.Single(entities, entity => entity.Name == "Jorge Salcedo");
        Assert.Equal((EntityType.Leader, "leader:jorge-salcedo"), (salcedo.Type, salcedo.Id));
        Assert.Contains(salcedo.Mentions, mention => mention.Cue == "commander");
        Assert.Equal(EntityType.Person, Assert.Single(entities, entity => entity.Name == "Luis Pardo").Type);
    }

    [Fact]
    public void Link_StripsTitlesFromTaggerSpansAndKeepsThemAsTheCue()
    {
        const string text = "Prime Minister Ana Lucía Vega resigned on Friday.";
        var document = SentenceSplitter.Analyze(text);

        var vega = Assert.Single(linker.Link(document, [Tagged(text, "Prime Minister Ana Lucía Vega", EntityType.Person)]));

        Assert.Equal(("Ana Lucía Vega", EntityType.Leader, "Prime Minister"), (vega.Name, vega.Type, vega.Mentions[0].Cue));
        Assert.Equal(text.IndexOf("Ana", StringComparison.Ordinal), vega.Mentions[0].Start);
    }

    [Theory]
    [InlineData("Colombian President Gustavo Petro", "Colombian President Gustavo Petro spoke.")]
    [InlineData("Colombia's President Gustavo Petro", "Colombia's President Gustavo Petro spoke.")]
    public void Link_StripsANationalityBeforeATitleSoTheGazetteerNameIsKept(string span, string text)
    {
        var document = SentenceSplitter.Analyze(text);
        var mentions = new GazetteerMentionFinder(Gazetteer).FindMentions(document).Append(Tagged(text, span, EntityType.Person)).ToList();

        var entities = linker.Link(document, mentions);

        var petro = Assert.Single(entities, entity => entity.Type == EntityType.Leader);
        Assert.Equal(("leader:gustavo-petro", "President"), (petro.Id, petro.Mentions[0].Cue));
    }

    [Fact]
    public void Link_KeepsANameThatMerelyContainsATitleWord()
    {
        const string text = "Martin Luther King Jr. spoke in 1963.";
        var document = SentenceSplitter.Analyze(text);

        var king = Assert.Single(linker.Link(document, [Tagged(text, "Martin Luther King Jr.", EntityType.Person)]));

        Assert.Equal("Martin Luther King Jr.", king.Name);
    }

    [Fact]
    public void Link_TypesGazetteerLeadersAsLeadersWithoutACue()
    {
        const string text = "Trump spoke to reporters.";
        var document = SentenceSplitter.Analyze(text);

        var trump = Assert.Single(linker.Link(document, new GazetteerMentionFinder(Gazetteer).FindMentions(document)));

        Assert.Equal(("leader:donald-trump", "Donald Trump", EntityType.Leader), (trump.Id, trump.Name, trump.Type));
    }

    [Theory]
    [InlineData("Troops left Córdoba, in northern Colombia, at dawn.", "CO")]
    [InlineData("Troops left Córdoba, in southern Spain, at dawn.", "ES")]
    [InlineData("Troops left Córdoba at dawn.", "AR")]
    public void Link_ResolvesAnAmbiguousPlaceByTheCountriesTheArticleNames(string text, string country)
    {
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, new GazetteerMentionFinder(Gazetteer).FindMentions(document));

        var cordoba = Assert.Single(entities, entity => entity.Name == "Córdoba");
        Assert.Equal(country, cordoba.Place?.Country);
        Assert.NotNull(cordoba.Place?.Latitude);
    }

    [Theory]
    [InlineData("Officials in Washington said the United States would act.", "geo:4140963")]
    [InlineData("Officials in Paris said the United States would act.", "geo:2988507")]
    [InlineData("Storms hit Atlanta and the rest of Georgia.", "iso2:US-GA")]
    [InlineData("Russia and Georgia traded accusations.", "iso:GE")]
    public void Link_WeighsPopulationAgainstTheArticlesCountries(string text, string expectedId)
    {
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, new GazetteerMentionFinder(Gazetteer).FindMentions(document));

        Assert.Contains(entities, entity => entity.Id == expectedId);
    }

    [Fact]
    public void Link_PrefersTheLongerSpanAndTheGazetteerIdentity()
    {
        const string text = "President Gustavo Petro met the Clan del Golfo negotiators.";
        var document = SentenceSplitter.Analyze(text);
        var mentions = new GazetteerMentionFinder(Gazetteer).FindMentions(document)
            .Append(Tagged(text, "President Gustavo Petro", EntityType.Person))
            .Append(Tagged(text, "Golfo", EntityType.Place))
            .ToList();

        var entities = linker.Link(document, mentions);

        Assert.Equal(["leader:gustavo-petro", "group:clan-del-golfo"], entities.Select(entity => entity.Id));
        Assert.Equal("President", entities[0].Mentions[0].Cue);
    }

    [Fact]
    public void Link_KeepsTheGazetteerNameWhenATaggerSpanOnlyAddsCommonWords()
    {
        const string text = "Seven ELN guerrillas were killed.";
        var document = SentenceSplitter.Analyze(text);
        var mentions = new GazetteerMentionFinder(Gazetteer).FindMentions(document).Append(Tagged(text, "ELN guerrillas", EntityType.Group)).ToList();

        var eln = Assert.Single(linker.Link(document, mentions));

        Assert.Equal(("group:eln", "ELN"), (eln.Id, eln.Mentions[0].Text));
    }

    [Fact]
    public void Link_MakesTheGovernmentOfACountryActingAsAnActor()
    {
        const string text = "The Colombian government said Colombia would not extradite him.";
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, new GazetteerMentionFinder(Gazetteer).FindMentions(document));

        var government = Assert.Single(entities, entity => entity.Type == EntityType.Group);
        Assert.Equal(("gov:CO", "Government of Colombia"), (government.Id, government.Name));
        Assert.Contains("Colombian government", government.Aliases);
        Assert.Contains(entities, entity => entity.Id == "iso:CO" && entity.Type == EntityType.Place);
    }

    [Fact]
    public void Link_DropsASmallTownNamedByOneWordWhenTheArticleNeverNamesItsCountry()
    {
        const string text = "Officials from Campbell and Fresno met in Quito.";
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, new GazetteerMentionFinder(Gazetteer).FindMentions(document));

        Assert.DoesNotContain(entities, entity => entity.Name == "Campbell");
        Assert.Contains(entities, entity => entity.Name == "Fresno" && entity.Place?.Country == "US");
    }

    [Fact]
    public void Link_JoinsANominalMentionToTheOnlyEntityOfItsKind()
    {
        const string text = "The Sinaloa Cartel denied it. Officials said the cartel had moved north with the ELN.";
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, new GazetteerMentionFinder(Gazetteer).FindMentions(document));

        var cartel = Assert.Single(entities, entity => entity.Id == "group:sinaloa-cartel");
        Assert.Contains(cartel.Mentions, mention => mention.Text == "the cartel" && mention.Source == MentionSource.Alias);
        Assert.DoesNotContain("the cartel", cartel.Aliases);
    }

    [Fact]
    public void Link_LeavesANominalMentionAloneWhenSeveralEntitiesFit()
    {
        const string text = "Donald Trump met Gustavo Petro. Aides said the president was pleased.";
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, new GazetteerMentionFinder(Gazetteer).FindMentions(document));

        Assert.DoesNotContain(entities.SelectMany(entity => entity.Mentions), mention => mention.Text == "the president");
    }

    [Fact]
    public void Link_GivesOneEntityToNamesThatSpellTheSameId()
    {
        const string text = "Fighters of the Harakat Al-Nur raided a market. Harakat Al Nur later withdrew.";
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, [Tagged(text, "Harakat Al-Nur", EntityType.Group), Tagged(text, "Harakat Al Nur", EntityType.Group)]);

        var group = Assert.Single(entities);
        Assert.Equal("group:harakat-al-nur", group.Id);
        Assert.Equal(2, group.Mentions.Count);
    }

    [Fact]
    public void Link_NamesTheGovernmentWhenTheTaggerTookTheSentenceInitialArticleIntoTheSpan()
    {
        const string text = "The Colombian government opened talks on Monday.";
        var document = SentenceSplitter.Analyze(text);

        var government = Assert.Single(linker.Link(document, [Tagged(text, "The Colombian government", EntityType.Group)]));

        Assert.Equal("gov:CO", government.Id);
    }

    [Fact]
    public void Link_DropsTaggerSpansNoNameLooksLike_HandlesAndPostIds()
    {
        const string text = "Follow Amy Kuperinsky on Twitter @AmyKup. pic.twitter.com/KQLpngeTbO McDonald and GlaxoSmithKline agreed.";
        var document = SentenceSplitter.Analyze(text);
        string[] spans = ["Amy Kuperinsky", "Twitter @AmyKup", "KQLpngeTbO", "McDonald", "GlaxoSmithKline"];

        var entities = linker.Link(document, [.. spans.Select(span => Tagged(text, span, EntityType.Group))]);

        Assert.Equal(["Amy Kuperinsky", "McDonald", "GlaxoSmithKline"], entities.Select(entity => entity.Name));
    }

    [Fact]
    public void Link_DropsAnOrdinaryWordTheTaggerTookForANameBecauseItOpensASentence()
    {
        const string text = "Given the delays, Quintero left. \"Certainly not,\" said Ana Ruiz. Quintero called it Certainly.";
        var document = SentenceSplitter.Analyze(text);
        var linker = new EntityLinker(Gazetteer, new OrdinaryWords(["given", "certainly"]));

        var entities = linker.Link(document, [Tagged(text, "Given", EntityType.Place), Tagged(text, "Quintero", EntityType.Person), Tagged(text, "Certainly", EntityType.Group), Tagged(text, "Ana Ruiz", EntityType.Person), Tagged(text, "Certainly", EntityType.Group, occurrence: 1)]);

        Assert.Equal(["Quintero", "Ana Ruiz", "Certainly"], entities.Select(entity => entity.Name));
        Assert.Equal(text.LastIndexOf("Certainly", StringComparison.Ordinal), entities[2].Mentions.Single().Start);
    }

    [Fact]
    public void Link_SplitsATaggerSpanThatRunsAcrossASpacedDash()
    {
        const string text = "Ana Ruiz \u2014 Marta Quintero said nothing.";
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, [Tagged(text, "Ana Ruiz \u2014 Marta Quintero", EntityType.Person)]);

        Assert.Equal(["Ana Ruiz", "Marta Quintero"], entities.Select(entity => entity.Name));
        Assert.Equal(text.IndexOf("Marta", StringComparison.Ordinal), entities[1].Mentions.Single().Start);
    }

    private static Mention Tagged(string text, string span, EntityType type, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++) start = text.IndexOf(span, start + 1, StringComparison.Ordinal);
        return new Mention(start, start + span.Length, span, type, MentionSource.Tagger, 0.9);
    }
}
