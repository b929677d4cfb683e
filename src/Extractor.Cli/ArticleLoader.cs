using Extractor.Core.Articles;
using Extractor.Core.Html;
using Extractor.Ingest.Fetching;

namespace Extractor.Cli;

/// <summary>
/// Turns a CLI input into an article: an .html/.htm/.txt file, or an http(s) URL fetched through the
/// crawler's fetcher (robots.txt, size caps and the private-address guard apply to the CLI too).
/// </summary>
public sealed class ArticleLoader(PageFetcher fetcher)
{
    private readonly HtmlArticleParser htmlParser = new();

    public async Task<Article> LoadAsync(string input, DateOnly? published, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            var result = await fetcher.FetchAsync(new FetchRequest(url), cancellationToken).ConfigureAwait(false);
            if (!result.IsOk)
            {
                throw new ArticleParseException($"{input}: fetch {result.Status.ToString().ToLowerInvariant()}"
                    + (result.Status == FetchStatus.Refused ? $" ({result.Refusal})" : string.Empty)
                    + (result.Error is null ? string.Empty : $": {result.Error}"));
            }

            return FromPage(htmlParser.Parse(result.Body.ToArray(), input, result.Charset), input, published);
        }

        if (!File.Exists(input)) throw new FileNotFoundException($"{input}: no such file");
        return Path.GetExtension(input).ToLowerInvariant() switch
        {
            ".txt" => PlainTextArticleReader.Read(await File.ReadAllTextAsync(input, cancellationToken).ConfigureAwait(false), input, published),
            ".html" or ".htm" => FromPage(htmlParser.Parse(await File.ReadAllBytesAsync(input, cancellationToken).ConfigureAwait(false), input), input, published),
            _ => throw new ArticleParseException($"{input}: unsupported input (expected .html, .htm, .txt or an http(s) URL)"),
        };
    }

    private static Article FromPage(ParsedPage page, string input, DateOnly? published)
    {
        if (page.Kind != PageKind.Article) throw new ArticleParseException($"{input}: not an article ({page.Kind})");
        return page.Article.Published is null ? page.Article with { Published = published } : page.Article;
    }
}
