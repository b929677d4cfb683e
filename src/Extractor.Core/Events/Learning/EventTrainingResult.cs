namespace Extractor.Core.Events.Learning;

/// <summary>
/// A trained model and what training measured: trigger-type precision/recall/F1 of the cross-validated
/// predictions (word level, the calibration data), the event and tuple scores of the cross-validated
/// extractor on the training sentences, and the counts of examples per classifier.
/// </summary>
public sealed record EventTrainingResult(
    EventModel Model,
    double CrossValidatedPrecision,
    double CrossValidatedRecall,
    int TriggerExamples,
    int AlignedEvents,
    int UnalignedEvents,
    int RoleExamples,
    int StatusExamples,
    EventScores CrossValidatedEvents)
{
    public double CrossValidatedF1 => CrossValidatedPrecision + CrossValidatedRecall == 0 ? 0 : 2 * CrossValidatedPrecision * CrossValidatedRecall / (CrossValidatedPrecision + CrossValidatedRecall);
}
