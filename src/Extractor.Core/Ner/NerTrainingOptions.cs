namespace Extractor.Core.Ner;

/// <summary>Hyper-parameters of <see cref="NerTrainer"/>; the defaults built the committed model.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Features seen fewer times than this in training are dropped.</summary>
    public int MinFeatureCount { get; init; } = 3;

    public float L1Regularization { get; init; } = 0.3f;

    public float L2Regularization { get; init; } = 1f;

    public int MaximumIterations { get; init; } = 200;

    public int Threads { get; init; } = 2;

    /// <summary>
    /// Share of training sentences whose name-list features are left out, so the tagger also learns to
    /// work without them (the gazetteer-off pipeline tags with lists turned off).
    /// </summary>
    public double ListDropout { get; init; } = 0.3;

    /// <summary>
    /// Sentences on each side whose first-pass tags feed a second stage (<see cref="NonLocalFeatures"/>);
    /// 0 trains a one-pass tagger.
    /// </summary>
    public int AggregationWindow { get; init; }

    /// <summary>
    /// Blocks of consecutive training sentences; the second stage learns from first-pass tags of each
    /// block made by a model trained on the other blocks, as it will see on new text.
    /// </summary>
    public int JackknifeFolds { get; init; } = 5;

    /// <summary>Seed of the list-dropout choice, so a training run is reproducible.</summary>
    public int Seed { get; init; } = 1;
}
