namespace Extractor.Core.Html;

/// <summary>The article fields a page states about itself in schema.org JSON-LD.</summary>
public sealed record JsonLdArticle(
    string? Headline,
    string? DatePublished,
    IReadOnlyList<string> Authors,
    string? ArticleBody,
    string? Language,
    bool? IsAccessibleForFree);
