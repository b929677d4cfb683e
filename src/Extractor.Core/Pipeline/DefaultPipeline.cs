using System.Security.Cryptography;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Gazetteers;
using Extractor.Core.Ner;

namespace Extractor.Core.Pipeline;

/// <summary>
/// Composes the production pipeline from the committed model and gazetteers next to the program
/// (copied there at build time). The model is loaded once per process and shared by every pipeline;
/// the gazetteer takes a few hundred milliseconds more, so create a pipeline once and reuse it.
/// </summary>
public static class DefaultPipeline
{
    /// <summary>Bumped whenever a rule changes what the pipeline extracts.</summary>
    public const string RulesVersion = "0.1";

    public static ArticlePipeline Create() => Create(AppContext.BaseDirectory);

    public static ArticlePipeline Create(string baseDirectory) =>
        Build(baseDirectory, Gazetteer.Load(Path.Combine(baseDirectory, Gazetteer.DefaultFolder)));

    /// <summary>
    /// The tagger and role-cue typing alone: no gazetteer mentions and no gazetteer identities, so
    /// it shows what the trained model finds by itself (and how the product degrades without lists).
    /// </summary>
    public static ArticlePipeline CreateWithoutGazetteer(string baseDirectory) => Build(baseDirectory, gazetteer: null);

    /// <summary>The shared model file the pipelines of <paramref name="baseDirectory"/> tag with.</summary>
    public static string ModelPath(string baseDirectory) => Path.Combine(baseDirectory, "models", "ner", NerModel.FileName);

    private static ArticlePipeline Build(string baseDirectory, Gazetteer? gazetteer)
    {
        var modelPath = ModelPath(baseDirectory);
        var tagger = new NerTagger(NerModel.LoadShared(modelPath));
        IMentionFinder[] finders = gazetteer is null
            ? [new TaggerMentionFinder(tagger)]
            : [new TaggerMentionFinder(tagger), new GazetteerMentionFinder(gazetteer)];
        var linker = new EntityLinker(gazetteer ?? new Gazetteer([], new HashSet<string>()));
        return new ArticlePipeline(finders, linker, new RuleEventExtractor(), Version(modelPath, gazetteer is not null));
    }

    /// <summary>The rules version plus a short hash of the model file, so a retrained model is visible in every fact.</summary>
    private static string Version(string modelPath, bool withGazetteer)
    {
        using var stream = File.OpenRead(modelPath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream))[..8];
        return withGazetteer ? $"rules-{RulesVersion}+ner-{hash}" : $"rules-{RulesVersion}+ner-{hash}-nogaz";
    }
}
