namespace Extractor.Core.Ner;

/// <summary>
/// Groups words that occur in similar contexts, learned from unlabeled text so that a word never
/// seen in the labeled training sentences still shares features with words that were. Each word is
/// a vector of counts of the frequent words immediately to its left and right (square-rooted,
/// unit length); spherical k-means then assigns every word to the nearest of a fixed number of
/// centroids. Seeds are spread evenly over the frequency ranking, so the result is deterministic.
/// </summary>
public static class WordClusters
{
    /// <summary>Cluster id of every word seen at least <paramref name="minCount"/> times.</summary>
    public static Dictionary<string, int> Build(IEnumerable<IReadOnlyList<string>> sentences, int clusterCount, int contextWords = 1000, int minCount = 3, int iterations = 12)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var corpus = sentences.ToList();
        var wordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var contextCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in corpus)
        {
            foreach (var word in sentence)
            {
                wordCounts[word] = wordCounts.GetValueOrDefault(word) + 1;
                var lower = word.ToLowerInvariant();
                contextCounts[lower] = contextCounts.GetValueOrDefault(lower) + 1;
            }
        }

        var contexts = contextCounts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(contextWords).Select((pair, index) => (pair.Key, index)).ToDictionary(pair => pair.Key, pair => pair.index, StringComparer.Ordinal);
        var words = wordCounts.Where(pair => pair.Value >= minCount).OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key).ToArray();
        var wordIndex = words.Select((word, index) => (word, index)).ToDictionary(pair => pair.word, pair => pair.index, StringComparer.Ordinal);
        var dimensions = (2 * contexts.Count) + 2;
        var cooccurrence = new Dictionary<int, float>[words.Length];
        for (var i = 0; i < words.Length; i++) cooccurrence[i] = [];
        foreach (var sentence in corpus)
        {
            for (var t = 0; t < sentence.Count; t++)
            {
                if (!wordIndex.TryGetValue(sentence[t], out var row)) continue;
                var left = t == 0 ? dimensions - 2 : contexts.GetValueOrDefault(sentence[t - 1].ToLowerInvariant(), -1);
                var right = t + 1 == sentence.Count ? dimensions - 1 : contexts.GetValueOrDefault(sentence[t + 1].ToLowerInvariant(), -1);
                if (left >= 0) cooccurrence[row][left] = cooccurrence[row].GetValueOrDefault(left) + 1;
                if (right >= 0 && right < dimensions - 2) right += contexts.Count;
                if (right >= 0) cooccurrence[row][right] = cooccurrence[row].GetValueOrDefault(right) + 1;
            }
        }

        var vectors = cooccurrence.Select(Normalize).ToArray();
        var k = Math.Min(clusterCount, words.Length);
        var centroids = new float[k][];
        for (var c = 0; c < k; c++)
        {
            centroids[c] = new float[dimensions];
            foreach (var (index, value) in vectors[(int)((long)c * words.Length / k)]) centroids[c][index] = value;
        }

        var assignment = new int[words.Length];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Parallel.For(0, words.Length, i => assignment[i] = Nearest(vectors[i], centroids));
            for (var c = 0; c < k; c++) Array.Clear(centroids[c]);
            for (var i = 0; i < words.Length; i++)
            {
                foreach (var (index, value) in vectors[i]) centroids[assignment[i]][index] += value;
            }

            foreach (var centroid in centroids) NormalizeInPlace(centroid);
        }

        return words.Select((word, i) => (word, i)).ToDictionary(pair => pair.word, pair => assignment[pair.i], StringComparer.Ordinal);
    }

    private static (int Index, float Value)[] Normalize(Dictionary<int, float> counts)
    {
        var norm = MathF.Sqrt(counts.Values.Sum());
        return [.. counts.OrderBy(pair => pair.Key).Select(pair => (pair.Key, MathF.Sqrt(pair.Value) / norm))];
    }

    private static void NormalizeInPlace(float[] centroid)
    {
        var norm = MathF.Sqrt(centroid.Sum(value => value * value));
        if (norm == 0) return;
        for (var i = 0; i < centroid.Length; i++) centroid[i] /= norm;
    }

    private static int Nearest((int Index, float Value)[] vector, float[][] centroids)
    {
        var best = 0;
        var bestScore = float.MinValue;
        for (var c = 0; c < centroids.Length; c++)
        {
            var score = 0f;
            foreach (var (index, value) in vector) score += centroids[c][index] * value;
            if (score > bestScore)
            {
                best = c;
                bestScore = score;
            }
        }

        return best;
    }
}
