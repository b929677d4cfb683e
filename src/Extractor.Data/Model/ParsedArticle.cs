namespace Extractor.Data.Model;

/// <summary>What parsing the raw page gave, before extraction: the body text and its title and date.</summary>
public sealed record ParsedArticle(string? Title, string? Published, string Text);
