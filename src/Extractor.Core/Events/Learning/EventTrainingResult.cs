namespace Extractor.Core.Events.Learning;

/// <summary>
/// A trained model and what training measured: trigger-type precision/recall/F1 of the cross-validated
/// predictions (word level, the calibration data) and the counts of examples per classifier.
/// </summary>
public sealed record EventTrainingResult(
    EventModel Model,
    double CrossValidatedPrecision,
    double CrossValidatedRecall,
    int TriggerExamples,
    int AlignedEvents,
    int UnalignedEvents,
    int RoleExamples,
    int StatusExamples)
{
    public double CrossValidatedF1 => CrossValidatedPrecision + CrossValidatedRecall == 0 ? 0 : 2 * CrossValidatedPrecision * CrossValidatedRecall / (CrossValidatedPrecision + CrossValidatedRecall);
}
