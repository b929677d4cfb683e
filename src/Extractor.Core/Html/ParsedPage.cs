using Extractor.Core.Articles;

namespace Extractor.Core.Html;

/// <summary>The article fields read from a page, and what kind of page it was.</summary>
public sealed record ParsedPage(Article Article, PageKind Kind);
