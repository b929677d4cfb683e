namespace Extractor.Core.Events.Learning;

/// <summary>Hyper-parameters of the event classifiers; the defaults built the committed model.</summary>
public sealed record EventTrainingOptions
{
    public int MinFeatureCount { get; init; } = 1;

    public float L1Regularization { get; init; } = 0.05f;

    public float L2Regularization { get; init; } = 0.5f;

    public int MaximumIterations { get; init; } = 150;

    public int Threads { get; init; } = 1;

    /// <summary>Folds of the cross-validation whose held-out predictions calibrate the confidence.</summary>
    public int CalibrationFolds { get; init; } = 4;
}
