namespace Extractor.Core.Numbers;

/// <summary>A count in the text as a half-open character range, its value and its qualifier.</summary>
public readonly record struct NumberMention(int Start, int End, decimal Value, NumberBound Bound);
