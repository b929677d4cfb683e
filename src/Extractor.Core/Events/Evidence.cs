namespace Extractor.Core.Events;

/// <summary>The text span (usually the sentence) an analyst reads to check a fact.</summary>
public sealed record Evidence(int Start, int End, string Text);
