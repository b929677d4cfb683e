using Extractor.Core.Articles;
using Extractor.Core.Entities;
using Extractor.Core.Gazetteers;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Pipeline;

public sealed class ArticlePipelineFacts
{
    private static readonly Lazy<ArticlePipeline> Production = new(() => DefaultPipeline.Create(AppContext.BaseDirectory));

    [Fact]
    public void Run_KeepsANominalPhraseOnlyWhereAnEventTakesItAsAnArgument()
    {
        const string text = "Residents said the weather was mild. Gunmen attacked a police station in Kano on Monday, killing three officers.";
        var finder = new NominalMentionFinder(GroupNounLexicon.Load(Path.Combine(AppContext.BaseDirectory, Gazetteer.DefaultFolder)));
        Assert.Contains(finder.FindMentions(SentenceSplitter.Analyze(text)), mention => mention.Text == "Residents");

        var extraction = Production.Value.Run(new Article("test", null, new DateOnly(2025, 3, 5), [], "en", text));

        var arguments = extraction.Events.SelectMany(@event => @event.ActorIds.Concat(@event.TargetIds)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(extraction.Entities, entity => entity.Name == "Residents");
        Assert.All(extraction.Entities.Where(entity => entity.IsNominal), entity => Assert.Contains(entity.Id, arguments));
        Assert.Contains(extraction.Entities, entity => entity.IsNominal);
    }

    [Fact]
    public void Run_KeepsTheLeadSentencesEvent_WhenTheHeadlineReportsTheSameEvent()
    {
        const string body = "Gunmen attacked a police station in Kano on Monday, killing three officers, police said.";

        var extraction = Production.Value.Run(new Article("test", "Gunmen attack police station in Kano", new DateOnly(2025, 3, 5), [], "en", body));

        var attack = Assert.Single(extraction.Events);
        Assert.Equal("attacked", body[attack.TriggerStart..attack.TriggerEnd]);
        Assert.Equal(body, attack.Evidence.Text);
        Assert.Contains(extraction.Entities, entity => entity.Name == "Kano" && entity.Mentions.Any(mention => mention.Field == TextField.Title));
    }

    [Fact]
    public void Run_FindsNothingInAnArticleThatIsNotEnglish()
    {
        const string body =
            "Die Regierung in Berlin teilte am Montag mit, dass Soldaten der Bundeswehr nach dem schweren Hochwasser in Dresden " +
            "eingesetzt werden. Bundeskanzler Olaf Scholz besuchte die Stadt und sprach mit Helfern des Roten Kreuzes, die seit " +
            "dem Wochenende Sandsäcke füllen und Bewohner aus ihren Häusern in Sicherheit bringen.";

        var extraction = Production.Value.Run(new Article("test", "Hochwasser in Dresden", new DateOnly(2025, 3, 5), [], "de", body));

        Assert.Empty(extraction.Entities);
        Assert.Empty(extraction.Events);
    }
}
