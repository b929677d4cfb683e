using Extractor.Core.Learning;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extractor.Core.Ner;

/// <summary>
/// Trains the tagger with ML.NET's L-BFGS maximum-entropy trainer: each token is an example whose
/// features are its observation features plus the previous gold tag's features; the learned
/// weights are then read out of the model parameters so tagging runs without ML.NET.
/// </summary>
public static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<LabeledSentence> sentences, NerLexicon lexicon, NerPhraseLists lists, NerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var extractor = new NerFeatureExtractor(lexicon, lists);
        var dropout = new Random(options.Seed);
        var tokenFeatures = new List<string[]>();
        var labels = new List<uint>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var observations = extractor.Observations(sentence.Words, useLists: dropout.NextDouble() >= options.ListDropout);
            var shortShapes = NerFeatureExtractor.ShortShapes(sentence.Words);
            for (var t = 0; t < sentence.Words.Count; t++)
            {
                string[] features = [.. observations[t], .. NerFeatureExtractor.Transitions(t > 0 ? sentence.Tags[t - 1] : null, shortShapes[t])];
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
