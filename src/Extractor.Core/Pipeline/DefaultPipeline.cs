using System.Security.Cryptography;
using Extractor.Core.Entities;
using Extractor.Core.Events.Learning;
using Extractor.Core.Gazetteers;
using Extractor.Core.Ner;

namespace Extractor.Core.Pipeline;

/// <summary>
/// Composes the production pipeline from the committed models and gazetteers next to the program
/// (copied there at build time). Loading takes a few hundred milliseconds: create it once per process.
/// </summary>
public static class DefaultPipeline
{
    /// <summary>Bumped whenever a rule changes what the pipeline extracts.</summary>
    public const string RulesVersion = "0.2";

    public static ArticlePipeline Create() => Create(AppContext.BaseDirectory);

    /// <summary>The production pipeline: NER and gazetteer mentions, the entity linker and the trained event extractor.</summary>
    public static ArticlePipeline Create(string baseDirectory)
    {
        var eventModelPath = Path.Combine(baseDirectory, "models", "events", EventModel.FileName);
        var extractor = new LearnedEventExtractor(EventModel.Load(eventModelPath));
        return Create(baseDirectory, extractor, $"+events-{Hash(eventModelPath)}");
    }

    /// <summary>The production mention finders and linker with another event extractor (training captures their output this way).</summary>
    public static ArticlePipeline Create(string baseDirectory, IEventExtractor eventExtractor) => Create(baseDirectory, eventExtractor, "+events-custom");

    private static ArticlePipeline Create(string baseDirectory, IEventExtractor eventExtractor, string eventVersion)
    {
        var gazetteer = Gazetteer.Load(Path.Combine(baseDirectory, Gazetteer.DefaultFolder));
        var modelPath = Path.Combine(baseDirectory, "models", "ner", NerModel.FileName);
        var tagger = new NerTagger(NerModel.Load(modelPath));
        IMentionFinder[] finders = [new TaggerMentionFinder(tagger), new GazetteerMentionFinder(gazetteer)];
        return new ArticlePipeline(finders, new EntityLinker(gazetteer), eventExtractor, $"rules-{RulesVersion}+ner-{Hash(modelPath)}{eventVersion}");
    }

    /// <summary>A short hash of a model file, so a retrained model is visible in every fact.</summary>
    private static string Hash(string modelPath)
    {
        using var stream = File.OpenRead(modelPath);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..8];
    }
}
