using System.Globalization;
using Extractor.Data.Model;
using Extractor.Ingest.Sources;

namespace Extractor.Web.Pages;

/// <summary>The crawl health view: every source with its schedule, last run and article counts; admins also get the forms that change sources.</summary>
public static class SourceListPage
{
    private static readonly string[] States =
        [ArticleState.Discovered, ArticleState.Fetched, ArticleState.Parsed, ArticleState.Extracted, ArticleState.Failed];

    /// <summary><paramref name="message"/> is shown above the list (a refused change); <paramref name="draft"/> refills the add form.</summary>
    public static HtmlPage Write(HtmlPage page, IReadOnlyList<SourceHealth> sources, bool isAdmin, string? message = null, SourceDraft? draft = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(sources);
        if (message is not null)
        {
            page.Raw("<p class=\"error\" role=\"alert\">").Text(message).Raw("</p>");
        }

        page.Raw("<table><tr><th>Id</th><th>Name</th><th>Kind</th><th>Location</th><th>Cron (UTC)</th><th>Enabled</th><th>Private addresses</th>")
            .Raw("<th>Last run</th><th>Last error</th>");
        foreach (var state in States)
        {
            page.Raw("<th>").Text(state).Raw("</th>");
        }

        page.Raw(isAdmin ? "<th>Actions</th></tr>" : "</tr>");
        foreach (var (source, counts) in sources)
        {
            var id = source.Id.ToString(CultureInfo.InvariantCulture);
            page.Raw("<tr><td>").Text(id).Raw("</td><td><a href=\"/sources/").Text(id).Raw("/articles\">").Text(source.Name).Raw("</a></td><td>")
                .Text(source.Kind).Raw("</td><td>").Text(source.Location).Raw("</td><td>").Text(source.Cron ?? "by hand")
                .Raw("</td><td>").Text(source.Enabled ? "yes" : "no").Raw("</td><td>").Text(source.AllowPrivate ? "allowed" : "refused")
                .Raw("</td><td>").Text(source.LastRunAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never")
                .Raw("</td><td class=\"error\">").Text(source.LastError).Raw("</td>");
            foreach (var state in States)
            {
                var count = counts.GetValueOrDefault(state);
                page.Raw("<td>");
                if (count > 0)
                {
                    page.Raw("<a href=\"/sources/").Text(id).Raw("/articles?state=").Text(state).Raw("\">")
                        .Text(count.ToString(CultureInfo.InvariantCulture)).Raw("</a>");
                }
                else
                {
                    page.Text("0");
                }

                page.Raw("</td>");
            }

            if (isAdmin)
            {
                page.Raw("<td>");
                PostButton(page, $"/sources/{id}/run", "Run now");
                PostButton(page, $"/sources/{id}/enabled", source.Enabled ? "Disable" : "Enable", ("enabled", source.Enabled ? "false" : "true"));
                PostButton(page, $"/sources/{id}/remove", "Remove");
                page.Raw("</td>");
            }

            page.Raw("</tr>");
        }

        page.Raw("</table>");
        if (isAdmin)
        {
            AddForm(page, draft);
        }

        return page;
    }

    private static void AddForm(HtmlPage page, SourceDraft? draft)
    {
        page.Raw("<h2>Add or update a source</h2><form method=\"post\" action=\"/sources\">").AntiforgeryField()
            .Raw("<p><label>Kind <select name=\"kind\">");
        foreach (var kind in SourceManager.Kinds)
        {
            page.Raw("<option").Raw(kind == draft?.Kind ? " selected" : string.Empty).Raw(">").Text(kind).Raw("</option>");
        }

        page.Raw("</select></label> <label>Location (URL, or a path on the server) <input name=\"location\" size=\"50\" required value=\"")
            .Text(draft?.Location).Raw("\"></label></p><p><label>Name (a source with this name is updated) <input name=\"name\" value=\"")
            .Text(draft?.Name).Raw("\"></label> <label>Cron, five fields, UTC (empty: run by hand) <input name=\"cron\" value=\"")
            .Text(draft?.Cron).Raw("\"></label> <label><input type=\"checkbox\" name=\"allowPrivate\" value=\"true\"")
            .Raw(draft?.AllowPrivate == true ? " checked" : string.Empty)
            .Raw("> Allow private addresses</label></p><p><button>Save source</button></p></form>");
    }

    private static void PostButton(HtmlPage page, string action, string label, params (string Name, string Value)[] fields)
    {
        page.Raw("<form method=\"post\" style=\"display:inline\" action=\"").Text(action).Raw("\">").AntiforgeryField();
        foreach (var (name, value) in fields)
        {
            page.Raw("<input type=\"hidden\" name=\"").Text(name).Raw("\" value=\"").Text(value).Raw("\">");
        }

        page.Raw("<button>").Text(label).Raw("</button></form>");
    }
}
