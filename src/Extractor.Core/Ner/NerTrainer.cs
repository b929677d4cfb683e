using Extractor.Core.Learning;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extractor.Core.Ner;

/// <summary>
/// Trains the tagger with ML.NET's L-BFGS maximum-entropy trainer: each token is an example whose
/// features are its observation features plus the previous gold tag's features; the learned
/// weights are then read out of the model parameters so tagging runs without ML.NET. With an
/// aggregation window it also trains a second stage on <see cref="NonLocalFeatures"/> of jackknifed
/// first-pass tags (Ratinov and Roth 2009's two-stage prediction aggregation).
/// </summary>
public static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<LabeledSentence> sentences, NerLexicon lexicon, NerPhraseLists lists, NerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var dropout = new Random(options.Seed);
        var useLists = sentences.Select(_ => dropout.NextDouble() >= options.ListDropout).ToArray();
        var firstStage = Fit(sentences, useLists, null, lexicon, lists, options);
        if (options.AggregationWindow <= 0) return firstStage;

        var words = sentences.Select(sentence => sentence.Words).ToList();
        var nonLocal = NonLocalFeatures.Compute(words, JackknifeTags(sentences, useLists, lexicon, lists, options), options.AggregationWindow);
        var secondStage = Fit(sentences, useLists, nonLocal, lexicon, lists, options);
        return firstStage.WithSecondStage(secondStage, options.AggregationWindow);
    }

    /// <summary>First-pass tags of each block of consecutive sentences by a model trained on the other blocks.</summary>
    private static List<IReadOnlyList<string>> JackknifeTags(IReadOnlyList<LabeledSentence> sentences, bool[] useLists, NerLexicon lexicon, NerPhraseLists lists, NerTrainingOptions options)
    {
        var folds = Math.Max(2, options.JackknifeFolds);
        var tags = new List<IReadOnlyList<string>>(sentences.Count);
        for (var fold = 0; fold < folds; fold++)
        {
            var (start, end) = (sentences.Count * fold / folds, sentences.Count * (fold + 1) / folds);
            var rest = Enumerable.Range(0, sentences.Count).Where(i => i < start || i >= end).ToList();
            var model = Fit([.. rest.Select(i => sentences[i])], [.. rest.Select(i => useLists[i])], null, lexicon, lists, options);
            var withLists = new NerTagger(model);
            var withoutLists = new NerTagger(model, useLists: false);
            for (var i = start; i < end; i++)
            {
                tags.Add([.. (useLists[i] ? withLists : withoutLists).Tag(sentences[i].Words).Select(token => token.Tag)]);
            }
        }

        return tags;
    }

    private static NerModel Fit(IReadOnlyList<LabeledSentence> sentences, bool[] useLists, string[][][]? nonLocal, NerLexicon lexicon, NerPhraseLists lists, NerTrainingOptions options)
    {
        var extractor = new NerFeatureExtractor(lexicon, lists);
        var tokenFeatures = new List<string[]>();
        var labels = new List<uint>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var observations = extractor.Observations(sentence.Words, useLists[s]);
            var shortShapes = NerFeatureExtractor.ShortShapes(sentence.Words);
            for (var t = 0; t < sentence.Words.Count; t++)
            {
                string[] features = [.. observations[t], .. nonLocal?[s][t] ?? [], .. NerFeatureExtractor.Transitions(t > 0 ? sentence.Tags[t - 1] : null, shortShapes[t])];
                foreach (var feature in features) counts[feature] = counts.GetValueOrDefault(feature) + 1;
                tokenFeatures.Add(features);
                labels.Add((uint)NerTags.IndexOf(sentence.Tags[t]));
            }
        }

        var featureIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (feature, count) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (count >= options.MinFeatureCount) featureIndex.Add(feature, featureIndex.Count);
        }

        var examples = new List<SparseExample>(tokenFeatures.Count);
        for (var i = 0; i < tokenFeatures.Count; i++)
        {
            var indices = tokenFeatures[i].Select(feature => featureIndex.GetValueOrDefault(feature, -1)).Where(index => index >= 0).Distinct().Order().ToArray();
            var values = Enumerable.Repeat(1f, indices.Length).ToArray();
            examples.Add(new SparseExample { Features = new VBuffer<float>(featureIndex.Count, indices.Length, values, indices), Label = labels[i] });
        }

        var parameters = MaximumEntropyFitter.Fit(
            examples, featureIndex.Count, NerTags.All.Count, options.L1Regularization, options.L2Regularization, options.MaximumIterations, options.Threads);
        return ToModel(parameters, featureIndex, lexicon, lists);
    }

    /// <summary>Copies the trainer's per-class weight vectors into the tagger's layout, dropping features whose weights are all zero.</summary>
    private static NerModel ToModel(MaximumEntropyModelParameters parameters, Dictionary<string, int> featureIndex, NerLexicon lexicon, NerPhraseLists lists)
    {
        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out var classCount);
        var tagCount = NerTags.All.Count;
        if (classCount != tagCount) throw new InvalidOperationException($"Expected {tagCount} classes, the trainer produced {classCount}.");
        var dense = new float[featureIndex.Count * tagCount];
        for (var tag = 0; tag < tagCount; tag++)
        {
            foreach (var (index, value) in classWeights[tag].Items())
            {
                dense[(index * tagCount) + tag] = value;
            }
        }

        var keptIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<float>();
        foreach (var (feature, index) in featureIndex)
        {
            var row = dense.AsSpan(index * tagCount, tagCount);
            if (!row.ContainsAnyExcept(0f)) continue;
            keptIndex.Add(feature, keptIndex.Count);
            kept.AddRange(row);
        }

        return new NerModel(keptIndex, [.. kept], [.. parameters.GetBiases()], lexicon, lists);
    }
}
