using Extractor.Core.Learning;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extractor.Core.Events.Learning;

/// <summary>
/// Fits a <see cref="LinearClassifier"/> with ML.NET's L-BFGS maximum-entropy trainer, the approach of
/// the NER trainer: features seen fewer than <see cref="EventTrainingOptions.MinFeatureCount"/> times are
/// dropped, and the weights are copied out of the trained parameters.
/// </summary>
public static class LinearClassifierTrainer
{
    public static LinearClassifier Train(IReadOnlyList<ClassifierExample> examples, IReadOnlyList<string> labels, EventTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(options);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            foreach (var feature in example.Features.Distinct()) counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        var featureIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (feature, count) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (count >= options.MinFeatureCount) featureIndex.Add(feature, featureIndex.Count);
        }

        var labelIndex = labels.Select((label, i) => (label, i)).ToDictionary(pair => pair.label, pair => pair.i, StringComparer.Ordinal);
        var sparse = examples.Select(example =>
        {
            var indices = example.Features.Select(feature => featureIndex.GetValueOrDefault(feature, -1)).Where(index => index >= 0).Distinct().Order().ToArray();
            return new SparseExample { Features = new VBuffer<float>(featureIndex.Count, indices.Length, Enumerable.Repeat(1f, indices.Length).ToArray(), indices), Label = (uint)labelIndex[example.Label] };
        }).ToList();

        // Every class must be seen once so that ML.NET keeps the full label set; a feature-less example per class is enough.
        for (var label = 0; label < labels.Count; label++) sparse.Add(new SparseExample { Features = new VBuffer<float>(featureIndex.Count, 0, [], []), Label = (uint)label });

        var parameters = MaximumEntropyFitter.Fit(
            sparse, featureIndex.Count, labels.Count, options.L1Regularization, options.L2Regularization, options.MaximumIterations, options.Threads);
        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out var classCount);
        if (classCount != labels.Count) throw new InvalidOperationException($"Expected {labels.Count} classes, the trainer produced {classCount}.");
        var dense = new float[featureIndex.Count * labels.Count];
        for (var label = 0; label < labels.Count; label++)
        {
            foreach (var (index, value) in classWeights[label].Items()) dense[(index * labels.Count) + label] = value;
        }

        var keptIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<float>();
        foreach (var (feature, index) in featureIndex)
        {
            var row = dense.AsSpan(index * labels.Count, labels.Count);
            if (!row.ContainsAnyExcept(0f)) continue;
            keptIndex.Add(feature, keptIndex.Count);
            kept.AddRange(row);
        }

        return new LinearClassifier(labels, keptIndex, [.. kept], [.. parameters.GetBiases()]);
    }
}
