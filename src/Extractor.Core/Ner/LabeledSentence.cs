namespace Extractor.Core.Ner;

/// <summary>A tokenized sentence with one BIO tag per token (PER/ORG/LOC/MISC types).</summary>
public sealed record LabeledSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);
