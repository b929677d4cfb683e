namespace Extractor.Core.Entities;

/// <summary>Which component proposed a mention; kept as evidence for the analyst.</summary>
public enum MentionSource
{
    Tagger,
    Gazetteer,
    Alias,

    /// <summary>A phrase that names people by what they are ("armed men"), not by name; its entity is local to one article.</summary>
    Nominal,
}
