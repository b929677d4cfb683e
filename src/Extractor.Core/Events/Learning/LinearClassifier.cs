
namespace Extractor.Core.Events.Learning;

/// <summary>
/// A multinomial logistic-regression classifier over named binary features, read out of an ML.NET
/// maximum-entropy model so prediction runs without ML.NET (as the NER tagger does). Immutable.
/// </summary>
public sealed class LinearClassifier
{
    private readonly Dictionary<string, int> featureIndex;
    private readonly float[] weights;
    private readonly float[] biases;

    public LinearClassifier(IReadOnlyList<string> labels, Dictionary<string, int> featureIndex, float[] weights, float[] biases)
    {
        if (biases.Length != labels.Count || weights.Length != featureIndex.Count * labels.Count) throw new ArgumentException("Weights must be features × labels.", nameof(weights));
        Labels = labels;
        this.featureIndex = featureIndex;
        this.weights = weights;
        this.biases = biases;
    }

    public IReadOnlyList<string> Labels { get; }

    public int FeatureCount => featureIndex.Count;

    public int IndexOf(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
        {
            if (Labels[i] == label) return i;
        }

        return -1;
    }

    /// <summary>Class probabilities (softmax of the summed weights) in <see cref="Labels"/> order.</summary>
    public float[] Probabilities(IEnumerable<string> features)
    {
        var count = Labels.Count;
        var scores = (float[])biases.Clone();
        foreach (var feature in features)
        {
            if (!featureIndex.TryGetValue(feature, out var index)) continue;
            var row = weights.AsSpan(index * count, count);
            for (var label = 0; label < count; label++) scores[label] += row[label];
        }

        var max = scores.Max();
        var sum = 0f;
        for (var label = 0; label < count; label++)
        {
            scores[label] = MathF.Exp(scores[label] - max);
            sum += scores[label];
        }

        for (var label = 0; label < count; label++) scores[label] /= sum;
        return scores;
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Labels.Count);
        foreach (var label in Labels) writer.Write(label);
        foreach (var bias in biases) writer.Write(bias);
        writer.Write(featureIndex.Count);
        foreach (var (name, index) in featureIndex.OrderBy(pair => pair.Value))
        {
            writer.Write(name);
            for (var label = 0; label < Labels.Count; label++) writer.Write(weights[(index * Labels.Count) + label]);
        }
    }

    public static LinearClassifier Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
        var biases = new float[labels.Length];
        for (var i = 0; i < labels.Length; i++) biases[i] = reader.ReadSingle();
        var featureCount = reader.ReadInt32();
        var featureIndex = new Dictionary<string, int>(featureCount, StringComparer.Ordinal);
        var weights = new float[featureCount * labels.Length];
        for (var index = 0; index < featureCount; index++)
        {
            featureIndex.Add(reader.ReadString(), index);
            for (var label = 0; label < labels.Length; label++) weights[(index * labels.Length) + label] = reader.ReadSingle();
        }

        return new LinearClassifier(labels, featureIndex, weights, biases);
    }

}
