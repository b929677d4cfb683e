namespace Extractor.Core.Events.Learning;

/// <summary>Predicted events whose confidence falls in [Low, High): their mean confidence and the share that matched a gold event.</summary>
public sealed record ReliabilityBin(double Low, double High, double MeanConfidence, double Accuracy, int Count);
