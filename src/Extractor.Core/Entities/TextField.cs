namespace Extractor.Core.Entities;

/// <summary>Which part of the article a mention's offsets point into.</summary>
public enum TextField
{
    Body,
    Title,
}
