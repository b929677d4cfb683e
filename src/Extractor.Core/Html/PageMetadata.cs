namespace Extractor.Core.Html;

/// <summary>The article fields read from a page's head and markup, apart from its body text.</summary>
public sealed record PageMetadata(string? Title, DateOnly? Published, IReadOnlyList<string> Authors, string Language);
