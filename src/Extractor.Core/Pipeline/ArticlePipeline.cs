using Extractor.Core.Articles;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Text;

namespace Extractor.Core.Pipeline;

/// <summary>
/// Article → Document → Mentions → Entities → Events. Each stage takes what the previous one made
/// as a typed argument, so the order is checked by the compiler rather than at run time.
/// The pipeline holds no per-article state and is safe to share between threads.
/// </summary>
public sealed class ArticlePipeline
{
    private const string TitleSeparator = "\n\n";

    private readonly IReadOnlyList<IMentionFinder> finders;
    private readonly IEntityLinker linker;
    private readonly IEventExtractor eventExtractor;

    public ArticlePipeline(IReadOnlyList<IMentionFinder> finders, IEntityLinker linker, IEventExtractor eventExtractor, string version)
    {
        this.finders = finders;
        this.linker = linker;
        this.eventExtractor = eventExtractor;
        Version = version;
    }

    /// <summary>Recorded with every fact, so a reviewer knows which models and rules produced it.</summary>
    public string Version { get; }

    /// <summary>
    /// Headlines often name what the body only refers to ("the government"), so the title is analysed
    /// with the body; offsets are then mapped back to the body, and title mentions are marked as such.
    /// Events are taken from the body alone, where the evidence can be shown in context: a headline
    /// event would otherwise absorb the lead sentence's report of the same event and take it out of the body.
    /// A text that is not English yields nothing: the models would read its capitalised words as names.
    /// </summary>
    public Extraction Run(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!EnglishText.IsLikely(article.Text)) return new Extraction(article, [], [], Version);
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title;
        var bodyOffset = title is null ? 0 : title.Length + TitleSeparator.Length;
        var document = SentenceSplitter.Analyze(title is null ? article.Text : title + TitleSeparator + article.Text);
        var mentions = new List<Mention>();
        foreach (var finder in finders)
        {
            mentions.AddRange(finder.FindMentions(document));
        }

        var entities = linker.Link(document, mentions);
        IReadOnlyList<Event> events;
        if (bodyOffset > 0)
        {
            entities = [.. entities.Select(entity => entity with { Mentions = [.. entity.Mentions.Select(mention => ToField(mention, bodyOffset))] })];
            var inBody = entities.Select(entity => entity with { Mentions = [.. entity.Mentions.Where(mention => mention.Field == TextField.Body)] }).ToList();
            events = eventExtractor.Extract(document.From(bodyOffset), inBody, article.Published);
        }
        else
        {
            events = eventExtractor.Extract(document, entities, article.Published);
        }

        return new Extraction(article, WithoutUnusedNominals(entities, events), events, Version);
    }

    /// <summary>
    /// Phrases such as "armed men" or "residents" are found as argument candidates; one no event takes as an
    /// argument is not a leader, group or place an analyst would review on its own.
    /// </summary>
    private static IReadOnlyList<Entity> WithoutUnusedNominals(IReadOnlyList<Entity> entities, IReadOnlyList<Event> events)
    {
        var arguments = events.SelectMany(@event => @event.ActorIds.Concat(@event.TargetIds)).ToHashSet(StringComparer.Ordinal);
        return [.. entities.Where(entity => !entity.IsNominal || arguments.Contains(entity.Id))];
    }

    private static Mention ToField(Mention mention, int bodyOffset) =>
        mention.Start < bodyOffset
            ? mention with { Field = TextField.Title }
            : mention with { Start = mention.Start - bodyOffset, End = mention.End - bodyOffset };
}
