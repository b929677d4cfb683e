using System.Security.Cryptography;
using Extractor.Core.Entities;
using Extractor.Core.Events.Learning;
using Extractor.Core.Gazetteers;
using Extractor.Core.Ner;

namespace Extractor.Core.Pipeline;

/// <summary>
/// Composes the production pipeline from the committed models and gazetteers next to the program
/// (copied there at build time). The NER model is loaded once per process and shared by every pipeline;
/// the gazetteer and the event model take a few hundred milliseconds more, so create a pipeline once and reuse it.
/// </summary>
public static class DefaultPipeline
{
    /// <summary>Bumped whenever a rule changes what the pipeline extracts.</summary>
    public const string RulesVersion = "0.5";

    public static ArticlePipeline Create() => Create(AppContext.BaseDirectory);

    /// <summary>The production pipeline: NER, gazetteer and nominal ("armed men") mentions, the entity linker and the trained event extractor.</summary>
    public static ArticlePipeline Create(string baseDirectory)
    {
        var gazetteer = LoadGazetteer(baseDirectory);
        return Build(baseDirectory, gazetteer, gazetteer, TrainedEvents(baseDirectory));
    }

    /// <summary>The production mention finders and linker with another event extractor (training captures their output this way).</summary>
    public static ArticlePipeline Create(string baseDirectory, IEventExtractor eventExtractor)
    {
        var gazetteer = LoadGazetteer(baseDirectory);
        return Build(baseDirectory, gazetteer, gazetteer, (eventExtractor, "+events-custom"));
    }

    /// <summary>
    /// The tagger (without its name-list features) and role-cue typing alone: no gazetteer mentions and
    /// no gazetteer identities beyond the ISO country table (<see cref="CountryTables"/>), which only
    /// normalises the tagger's spans ("Venezuelan border" → Venezuela), so it shows what the trained
    /// model finds by itself (and how the product degrades without lists).
    /// </summary>
    public static ArticlePipeline CreateWithoutGazetteer(string baseDirectory) =>
        Build(baseDirectory, gazetteer: null, CountryTables.Load(Path.Combine(baseDirectory, Gazetteer.DefaultFolder)), TrainedEvents(baseDirectory));

    /// <summary>The shared model file the pipelines of <paramref name="baseDirectory"/> tag with.</summary>
    public static string ModelPath(string baseDirectory) => Path.Combine(baseDirectory, "models", "ner", NerModel.FileName);

    private static Gazetteer LoadGazetteer(string baseDirectory) => Gazetteer.Load(Path.Combine(baseDirectory, Gazetteer.DefaultFolder));

    private static (IEventExtractor Extractor, string Version) TrainedEvents(string baseDirectory)
    {
        var eventModelPath = Path.Combine(baseDirectory, "models", "events", EventModel.FileName);
        return (new LearnedEventExtractor(EventModel.Load(eventModelPath)), $"+events-{Hash(eventModelPath)}");
    }

    private static ArticlePipeline Build(string baseDirectory, Gazetteer? gazetteer, Gazetteer identities, (IEventExtractor Extractor, string Version) events)
    {
        var modelPath = ModelPath(baseDirectory);
        // Without the gazetteer the tagger also leaves out its name-list features, so nothing it finds comes from lists.
        var tagger = new NerTagger(NerModel.LoadShared(modelPath), useLists: gazetteer is not null);
        var nominals = new NominalMentionFinder(GroupNounLexicon.Load(Path.Combine(baseDirectory, Gazetteer.DefaultFolder)));
        IMentionFinder[] finders = gazetteer is null
            ? [new TaggerMentionFinder(tagger), nominals]
            : [new TaggerMentionFinder(tagger), new GazetteerMentionFinder(gazetteer), nominals];
        var linker = new EntityLinker(identities, OrdinaryWords.Load(Path.Combine(baseDirectory, Gazetteer.DefaultFolder)));
        var version = $"rules-{RulesVersion}+ner-{Hash(modelPath)}{events.Version}" + (gazetteer is null ? "-nogaz" : string.Empty);
        return new ArticlePipeline(finders, linker, events.Extractor, version);
    }

    /// <summary>A short hash of a model file, so a retrained model is visible in every fact.</summary>
    private static string Hash(string modelPath)
    {
        using var stream = File.OpenRead(modelPath);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..8];
    }
}
