namespace Extractor.Core.Articles;

/// <summary>
/// An article as the parser produced it. <see cref="Text"/> is the body, and every character offset
/// in the pipeline (tokens, mentions, evidence) points into it.
/// </summary>
public sealed record Article(
    string Source,
    string? Title,
    DateOnly? Published,
    IReadOnlyList<string> Authors,
    string Language,
    string Text);
