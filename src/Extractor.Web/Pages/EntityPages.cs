using System.Globalization;
using Extractor.Data.Registry;

namespace Extractor.Web.Pages;

/// <summary>The registry pages: search results and one entity with its aliases, mentions, history and (for curators) merge and split forms.</summary>
public static class EntityPages
{
    /// <summary>Fills the datalist <c>entity-choices</c> from <c>/api/entities</c> as the user types into any input that lists it (textContent only, never HTML).</summary>
    public const string TypeaheadScript =
        "<script>document.querySelectorAll('input[list=entity-choices]').forEach(function(input){input.addEventListener('input',function(){" +
        "var q=input.value;if(q.length<2)return;fetch('/api/entities?q='+encodeURIComponent(q)).then(function(r){return r.json();}).then(function(list){" +
        "var d=document.getElementById('entity-choices');d.replaceChildren();list.forEach(function(x){var o=document.createElement('option');" +
        "o.value=x.id;o.textContent=x.name+' ('+x.type+(x.country?', '+x.country:'')+')';d.appendChild(o);});});});});</script>";

    public static string Link(string entityId) => "/entities/" + Uri.EscapeDataString(entityId);

    public static IResult Search(HttpContext context, IAntiforgery antiforgery, string query, IReadOnlyList<EntityRecord> entities)
    {
        var page = new HtmlPage(context, antiforgery)
            .Raw("<form method=\"get\" action=\"/entities\">Name or alias starts with <input name=\"q\" value=\"").Text(query)
            .Raw("\" autofocus> <button>Search</button></form><table><tr><th>Entity</th><th>Type</th><th>Country</th><th>Mentions</th></tr>");
        foreach (var entity in entities)
        {
            page.Raw("<tr><td><a class=\"entity-link\" href=\"").Text(Link(entity.Id)).Raw("\">").Text(entity.Name).Raw("</a> <small>").Text(entity.Id)
                .Raw("</small></td><td>").Text(entity.Type).Raw("</td><td>").Text(entity.Country).Raw("</td><td>")
                .Text(entity.MentionCount.ToString(CultureInfo.InvariantCulture)).Raw("</td></tr>");
        }

        return page.Raw("</table>").Render($"Entities ({entities.Count})");
    }

    public static IResult Entity(HttpContext context, IAntiforgery antiforgery, EntityDetail detail, bool canCurate, string? notice, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var entity = detail.Entity;
        var page = new HtmlPage(context, antiforgery);
        if (notice is not null)
        {
            page.Raw("<p class=\"error\" id=\"message\">").Text(notice).Raw("</p>");
        }

        page.Raw("<table><tr><th>Id</th><td>").Text(entity.Id).Raw("</td></tr><tr><th>Type</th><td>").Text(entity.Type)
            .Raw("</td></tr><tr><th>Country / region</th><td>").Text(entity.Country).Raw(" ").Text(entity.Admin1)
            .Raw("</td></tr><tr><th>Coordinates</th><td>").Text(entity.Lat?.ToString(CultureInfo.InvariantCulture)).Raw(" ").Text(entity.Lon?.ToString(CultureInfo.InvariantCulture))
            .Raw("</td></tr><tr><th>External ids</th><td>").Text(entity.ExternalId).Raw(" ").Text(entity.WikidataId).Raw("</td></tr>");
        if (entity.MergedInto is not null)
        {
            page.Raw("<tr><th>Merged into</th><td><a href=\"").Text(Link(entity.MergedInto)).Raw("\">").Text(entity.MergedInto).Raw("</a></td></tr>");
        }

        page.Raw("</table><h2>Aliases</h2><ul id=\"aliases\">");
        foreach (var alias in detail.Aliases)
        {
            page.Raw("<li>").Text(alias).Raw("</li>");
        }

        page.Raw("</ul><h2>Mentions (").Text(entity.MentionCount.ToString(CultureInfo.InvariantCulture)).Raw(")</h2><ul id=\"mentions\">");
        foreach (var mention in detail.Mentions)
        {
            page.Raw("<li><a href=\"/articles/").Text(mention.ArticleId.ToString(CultureInfo.InvariantCulture)).Raw("\">article ")
                .Text(mention.ArticleId.ToString(CultureInfo.InvariantCulture)).Raw("</a>: ").Text(mention.Text).Raw("</li>");
        }

        page.Raw("</ul>");
        if (canCurate && entity.MergedInto is null)
        {
            AppendForms(page, detail);
        }

        AppendHistory(page, detail, canCurate);
        return page.Render(entity.Name, statusCode);
    }

    private static void AppendForms(HtmlPage page, EntityDetail detail)
    {
        var link = Link(detail.Entity.Id);
        page.Raw("<h2>Merge</h2><form method=\"post\" id=\"merge\" action=\"").Text(link + "/merge").Raw("\">").AntiforgeryField()
            .Raw("<label>Merge this entity into <input name=\"into\" list=\"entity-choices\" autocomplete=\"off\" required></label>")
            .Raw("<datalist id=\"entity-choices\"></datalist> <button>Merge</button></form>")
            .Raw("<h2>Split</h2><form method=\"post\" id=\"split\" action=\"").Text(link + "/split").Raw("\">").AntiforgeryField()
            .Raw("<label>New entity named <input name=\"name\" required></label> taking these aliases and their mentions:");
        foreach (var alias in detail.Aliases.Where(alias => alias != detail.Entity.Name))
        {
            page.Raw("<label><input type=\"checkbox\" name=\"alias\" value=\"").Text(alias).Raw("\">").Text(alias).Raw("</label> ");
        }

        page.Raw("<button>Split</button></form>").Raw(TypeaheadScript);
    }

    private static void AppendHistory(HtmlPage page, EntityDetail detail, bool canCurate)
    {
        var history = detail.History;
        var undone = history.Where(entry => entry.Undoes is not null).Select(entry => entry.Undoes!.Value).ToHashSet();
        page.Raw("<h2>History</h2><table id=\"history\"><tr><th>When</th><th>Who</th><th>Operation</th><th>Entity</th><th>Related</th><th>Before</th><th>After</th><th></th></tr>");
        foreach (var entry in history)
        {
            page.Raw("<tr><td>").Text(entry.At.ToString("u", CultureInfo.InvariantCulture)).Raw("</td><td>").Text(entry.Username)
                .Raw("</td><td>").Text(entry.Operation).Raw("</td><td>").Text(entry.EntityId).Raw("</td><td>").Text(entry.RelatedId)
                .Raw("</td><td><code>").Text(entry.BeforeJson).Raw("</code></td><td><code>").Text(entry.AfterJson).Raw("</code></td><td>");
            if (canCurate && entry.Operation is EntityOperation.Merge or EntityOperation.Split && !undone.Contains(entry.Id))
            {
                page.Raw("<form method=\"post\" action=\"/entities/history/").Text(entry.Id.ToString(CultureInfo.InvariantCulture)).Raw("/undo\">")
                    .AntiforgeryField().Raw("<input type=\"hidden\" name=\"entity\" value=\"").Text(detail.Entity.Id).Raw("\"><button>Undo</button></form>");
            }

            page.Raw("</td></tr>");
        }

        page.Raw("</table>");
    }
}
