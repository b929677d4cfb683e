using System.Security.Cryptography;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Gazetteers;
using Extractor.Core.Ner;

namespace Extractor.Core.Pipeline;

/// <summary>
/// Composes the production pipeline from the committed model and gazetteers next to the program
/// (copied there at build time). Loading takes a few hundred milliseconds: create it once per process.
/// </summary>
public static class DefaultPipeline
{
    /// <summary>Bumped whenever a rule changes what the pipeline extracts.</summary>
    public const string RulesVersion = "0.1";

    public static ArticlePipeline Create() => Create(AppContext.BaseDirectory);

    public static ArticlePipeline Create(string baseDirectory)
    {
        var gazetteer = Gazetteer.Load(Path.Combine(baseDirectory, Gazetteer.DefaultFolder));
        var modelPath = Path.Combine(baseDirectory, "models", "ner", NerModel.FileName);
        var tagger = new NerTagger(NerModel.Load(modelPath));
        IMentionFinder[] finders = [new TaggerMentionFinder(tagger), new GazetteerMentionFinder(gazetteer)];
        return new ArticlePipeline(finders, new EntityLinker(gazetteer), new RuleEventExtractor(), Version(modelPath));
    }

    /// <summary>The rules version plus a short hash of the model file, so a retrained model is visible in every fact.</summary>
    private static string Version(string modelPath)
    {
        using var stream = File.OpenRead(modelPath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream))[..8];
        return $"rules-{RulesVersion}+ner-{hash}";
    }
}
