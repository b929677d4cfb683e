namespace Extractor.Data.Model;

/// <summary>How a source lists its articles; stored as text in <c>sources.kind</c>.</summary>
public static class SourceKind
{
    public const string Folder = "folder";
    public const string Feed = "feed";
    public const string Sitemap = "sitemap";
    public const string Urls = "urls";
}
