namespace Extractor.Core.Events.Learning;

/// <summary>One training example for <see cref="LinearClassifierTrainer"/>: its feature names and gold label.</summary>
public sealed record ClassifierExample(IReadOnlyList<string> Features, string Label);
