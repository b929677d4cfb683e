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
        var observations = new string[sentences.Count][][];
        var shortShapes = new string[sentences.Count][];
        var firstPass = new TaggedToken[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            observations[s] = model.Features.Observations(sentences[s], useLists);
            shortShapes[s] = NerFeatureExtractor.ShortShapes(sentences[s]);
            firstPass[s] = Decode(model, observations[s], null, shortShapes[s]);
        }

        if (model.SecondStage is not { } second) return firstPass;
        var firstTags = firstPass.Select(tokens => (IReadOnlyList<string>)[.. tokens.Select(token => token.Tag)]).ToList();
        var nonLocal = NonLocalFeatures.Compute(sentences, firstTags, model.AggregationWindow);
        var result = new TaggedToken[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++) result[s] = Decode(second, observations[s], nonLocal[s], shortShapes[s]);
        return result;
    }

    private static TaggedToken[] Decode(NerModel weights, string[][] observations, string[][]? nonLocal, string[] shortShapes)
    {
        var count = observations.Length;
        if (count == 0) return [];
        var tags = NerTags.All;
        var tagCount = tags.Count;

        // best[t, y]: best log-probability of a path ending in tag y at token t; local[t, y] its step probability.
        var best = new double[count, tagCount];
        var local = new double[count, tagCount];
        var back = new int[count, tagCount];
        Span<float> baseScores = stackalloc float[tagCount];
        Span<float> scores = stackalloc float[tagCount];
        for (var t = 0; t < count; t++)
        {
            weights.CopyBiases(baseScores);
            weights.AddScores(observations[t], baseScores);
            if (nonLocal is not null) weights.AddScores(nonLocal[t], baseScores);
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
