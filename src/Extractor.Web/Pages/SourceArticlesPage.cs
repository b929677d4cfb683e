using System.Globalization;
using Extractor.Data.Model;

namespace Extractor.Web.Pages;

/// <summary>One source's articles: where each is in the pipeline, its attempts and why it failed, with paging and a state filter.</summary>
public static class SourceArticlesPage
{
    public const int PageSize = 50;

    /// <summary><paramref name="articles"/> holds up to one more than <see cref="PageSize"/> rows so the page knows whether a next page exists.</summary>
    public static HtmlPage Write(HtmlPage page, SourceRecord source, IReadOnlyList<SourceArticle> articles, string? state, int pageNumber, bool isAdmin, string? message)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(articles);
        var id = source.Id.ToString(CultureInfo.InvariantCulture);
        page.Raw("<p><a href=\"/sources\">All sources</a> · ").Text(source.Kind).Raw(" ").Text(source.Location).Raw("</p>");
        if (message is not null)
        {
            page.Raw("<p role=\"status\">").Text(message).Raw("</p>");
        }

        page.Raw("<form method=\"get\" action=\"/sources/").Text(id).Raw("/articles\">State <select name=\"state\"><option value=\"\">any</option>");
        foreach (var option in new[] { ArticleState.Discovered, ArticleState.Fetched, ArticleState.Parsed, ArticleState.Extracted, ArticleState.Failed })
        {
            page.Raw("<option").Raw(option == state ? " selected" : string.Empty).Raw(">").Text(option).Raw("</option>");
        }

        page.Raw("</select> <button>Filter</button></form>");
        if (isAdmin)
        {
            page.Raw("<form method=\"post\" action=\"/sources/").Text(id).Raw("/articles/retry\">").AntiforgeryField()
                .Raw("<button>Retry failed articles</button></form>");
        }

        page.Raw("<table><tr><th>Article</th><th>Title / URL</th><th>State</th><th>Attempts</th><th>Failure reason</th><th>Duplicate of</th>")
            .Raw("<th>Pipeline version</th><th>Updated</th></tr>");
        foreach (var article in articles.Take(PageSize))
        {
            var articleId = article.Id.ToString(CultureInfo.InvariantCulture);
            page.Raw("<tr><td><a href=\"/articles/").Text(articleId).Raw("\">").Text(articleId).Raw("</a></td><td>")
                .Text(article.Title ?? article.Url).Raw("</td><td>").Text(article.State).Raw("</td><td>")
                .Text(article.Attempts.ToString(CultureInfo.InvariantCulture)).Raw("</td><td class=\"error\">").Text(article.FailureReason).Raw("</td><td>");
            if (article.DuplicateOf is { } original)
            {
                var originalId = original.ToString(CultureInfo.InvariantCulture);
                page.Raw("<a href=\"/articles/").Text(originalId).Raw("\">").Text(originalId).Raw("</a>");
            }

            page.Raw("</td><td>").Text(article.PipelineVersion).Raw("</td><td>")
                .Text(article.UpdatedAt.ToString("u", CultureInfo.InvariantCulture)).Raw("</td></tr>");
        }

        page.Raw("</table><p>");
        var filter = string.IsNullOrEmpty(state) ? string.Empty : "&state=" + Uri.EscapeDataString(state);
        if (pageNumber > 1)
        {
            page.Raw("<a href=\"/sources/").Text(id).Raw("/articles?page=").Text((pageNumber - 1).ToString(CultureInfo.InvariantCulture)).Text(filter).Raw("\">Previous</a> ");
        }

        page.Text($"Page {pageNumber}");
        if (articles.Count > PageSize)
        {
            page.Raw(" <a href=\"/sources/").Text(id).Raw("/articles?page=").Text((pageNumber + 1).ToString(CultureInfo.InvariantCulture)).Text(filter).Raw("\">Next</a>");
        }

        return page.Raw("</p>");
    }
}
