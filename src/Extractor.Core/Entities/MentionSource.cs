namespace Extractor.Core.Entities;

/// <summary>Which component proposed a mention; kept as evidence for the analyst.</summary>
public enum MentionSource
{
    Tagger,
    Gazetteer,
    Alias,
}
