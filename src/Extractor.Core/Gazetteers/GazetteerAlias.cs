namespace Extractor.Core.Gazetteers;

/// <summary>A name of an entry as it is written in the list, kept to apply case rules to a match.</summary>
public sealed record GazetteerAlias(GazetteerEntry Entry, string[] Tokens);
