using Extractor.Core.Articles;
using Extractor.Core.Entities;
using Extractor.Core.Text;

namespace Extractor.Core.Pipeline;

/// <summary>
/// Article → Document → Mentions → Entities → Events. Each stage takes what the previous one made
/// as a typed argument, so the order is checked by the compiler rather than at run time.
/// The pipeline holds no per-article state and is safe to share between threads.
/// </summary>
public sealed class ArticlePipeline
{
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

    public Extraction Run(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = SentenceSplitter.Analyze(article.Text);
        var mentions = new List<Mention>();
        foreach (var finder in finders)
        {
            mentions.AddRange(finder.FindMentions(document));
        }

        var entities = linker.Link(document, mentions);
        var events = eventExtractor.Extract(document, entities, article.Published);
        return new Extraction(article, document, entities, events, Version);
    }
}
