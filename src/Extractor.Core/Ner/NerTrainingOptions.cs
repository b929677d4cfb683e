namespace Extractor.Core.Ner;

/// <summary>Hyper-parameters of <see cref="NerTrainer"/>; the defaults built the committed model.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Features seen fewer times than this in training are dropped.</summary>
    public int MinFeatureCount { get; init; } = 2;

    public float L1Regularization { get; init; } = 0.1f;

    public float L2Regularization { get; init; } = 1f;

    public int MaximumIterations { get; init; } = 200;

    public int Threads { get; init; } = 2;
}
