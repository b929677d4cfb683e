namespace Extractor.Core.Ner;

/// <summary>
/// Tags tokenized sentences with a <see cref="NerModel"/>: a maximum-entropy Markov model decoded
/// with Viterbi under BIO constraints (I-X only after B-X or I-X). Holds no mutable state, so one
/// instance is safe to share between threads.
/// </summary>
public sealed class NerTagger
{
    private const int StartState = -1;

    private readonly NerModel model;
    private readonly bool useLists;

    /// <param name="model">The trained weights.</param>
    /// <param name="useLists">
    /// False leaves out the name-list features (the pipeline without the gazetteer), so that what the
    /// tagger finds does not come from the lists.
    /// </param>
    public NerTagger(NerModel model, bool useLists = true)
    {
        this.model = model;
        this.useLists = useLists;
    }

    /// <summary>Tags one sentence; a two-stage model sees only this sentence as its context.</summary>
    public TaggedToken[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return TagDocument([words])[0];
    }

    /// <summary>
    /// Tags the sentences of one text in order. A two-stage model first tags every sentence alone, then
    /// re-tags each with <see cref="NonLocalFeatures"/> of that first pass over the sentences within its
    /// <see cref="NerModel.AggregationWindow"/>.
    /// </summary>
    public TaggedToken[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tagCount = NerTags.All.Count;
        var second = model.SecondStage;
        var shortShapes = new string[sentences.Count][];
        var secondScores = new float[sentences.Count][];
        var firstPass = new TaggedToken[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var observations = model.Features.Observations(sentences[s], useLists);
            shortShapes[s] = NerFeatureExtractor.ShortShapes(sentences[s]);
            var firstScores = new float[observations.Length * tagCount];
            secondScores[s] = second is null ? [] : new float[observations.Length * tagCount];
            for (var t = 0; t < observations.Length; t++)
            {
                var scores = firstScores.AsSpan(t * tagCount, tagCount);
                model.CopyBiases(scores);
                if (second is null)
                {
                    model.AddScores(observations[t], scores);
                    continue;
                }

                var secondStage = secondScores[s].AsSpan(t * tagCount, tagCount);
                second.CopyBiases(secondStage);
                model.AddScores(observations[t], scores, secondStage);
            }

            firstPass[s] = Decode(model, firstScores, shortShapes[s]);
        }

        if (second is null) return firstPass;
        var firstTags = firstPass.Select(tokens => (IReadOnlyList<string>)[.. tokens.Select(token => token.Tag)]).ToList();
        var nonLocal = NonLocalFeatures.Compute(sentences, firstTags, model.AggregationWindow);
        var result = new TaggedToken[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var t = 0; t < nonLocal[s].Length; t++) second.AddScores(nonLocal[s][t], secondScores[s].AsSpan(t * tagCount, tagCount));
            result[s] = Decode(second, secondScores[s], shortShapes[s]);
        }

        return result;
    }

    /// <summary>Viterbi over the tokens' observation scores (<paramref name="observationScores"/>: tokens × tags, biases included).</summary>
    private static TaggedToken[] Decode(NerModel weights, float[] observationScores, string[] shortShapes)
    {
        var tags = NerTags.All;
        var tagCount = tags.Count;
        var count = shortShapes.Length;
        if (count == 0) return [];

        // best[t, y]: best log-probability of a path ending in tag y at token t; local[t, y] its step probability.
        var best = new double[count, tagCount];
        var local = new double[count, tagCount];
        var back = new int[count, tagCount];
        Span<float> scores = stackalloc float[tagCount];
        for (var t = 0; t < count; t++)
        {
            var baseScores = observationScores.AsSpan(t * tagCount, tagCount);
            for (var y = 0; y < tagCount; y++) best[t, y] = double.NegativeInfinity;
            var transitionScores = weights.TransitionScores(shortShapes[t]);
            var firstPrevious = t == 0 ? StartState : 0;
            var lastPrevious = t == 0 ? StartState : tagCount - 1;
            for (var previous = firstPrevious; previous <= lastPrevious; previous++)
            {
                if (previous >= 0 && double.IsNegativeInfinity(best[t - 1, previous])) continue;
                var previousTag = previous >= 0 ? tags[previous] : null;
                var transition = transitionScores.Slice((previous + 1) * tagCount, tagCount);
                for (var y = 0; y < tagCount; y++) scores[y] = baseScores[y] + transition[y];
                LogSoftmax(scores);
                var pathScore = previous >= 0 ? best[t - 1, previous] : 0.0;
                for (var y = 0; y < tagCount; y++)
                {
                    if (!NerTags.CanFollow(previousTag, tags[y])) continue;
                    var candidate = pathScore + scores[y];
                    if (candidate <= best[t, y]) continue;
                    best[t, y] = candidate;
                    local[t, y] = Math.Exp(scores[y]);
                    back[t, y] = previous;
                }
            }
        }

        var result = new TaggedToken[count];
        var state = 0;
        for (var y = 1; y < tagCount; y++)
        {
            if (best[count - 1, y] > best[count - 1, state]) state = y;
        }

        for (var t = count - 1; t >= 0; t--)
        {
            result[t] = new TaggedToken(tags[state], local[t, state]);
            state = back[t, state];
        }

        return result;
    }

    private static void LogSoftmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var score in scores) max = Math.Max(max, score);
        var sum = 0.0;
        foreach (var score in scores) sum += Math.Exp(score - max);
        var logSum = max + (float)Math.Log(sum);
        for (var i = 0; i < scores.Length; i++) scores[i] -= logSum;
    }
}
