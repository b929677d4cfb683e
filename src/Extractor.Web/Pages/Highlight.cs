namespace Extractor.Web.Pages;

/// <summary>A span of article text to mark, in article offsets, with its CSS class.</summary>
public sealed record Highlight(int Start, int End, string CssClass);
