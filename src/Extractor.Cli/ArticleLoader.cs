using Extractor.Core.Articles;
using Extractor.Core.Html;

namespace Extractor.Cli;

/// <summary>Turns a CLI input (an .html/.htm/.txt file) into an article.</summary>
public sealed class ArticleLoader
{
    private readonly HtmlArticleParser htmlParser = new();

    public Article Load(string path, DateOnly? published)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".txt":
                return PlainTextArticleReader.Read(File.ReadAllText(path), path, published);
            case ".html" or ".htm":
                var page = htmlParser.Parse(File.ReadAllBytes(path), path);
                if (page.Kind != PageKind.Article) throw new ArticleParseException($"{path}: not an article ({page.Kind})");
                return page.Article.Published is null ? page.Article with { Published = published } : page.Article;
            default:
                throw new ArticleParseException($"{path}: unsupported input (expected .html, .htm or .txt)");
        }
    }
}
