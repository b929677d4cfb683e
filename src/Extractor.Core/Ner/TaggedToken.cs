namespace Extractor.Core.Ner;

/// <summary>A token's BIO tag and the model's probability for it given the decoded previous tag.</summary>
public readonly record struct TaggedToken(string Tag, double Probability);
