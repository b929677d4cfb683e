using System.Globalization;
using Extractor.Data.Review;

namespace Extractor.Web.Pages;

/// <summary>The dashboard: facts by status, decisions per day, crawl health per source, events over time, places on a map.</summary>
public static class DashboardPage
{
    private const int DecisionDays = 30;
    private const int MapPlaces = 500;

    public static async Task<IResult> RenderAsync(HttpContext context, IAntiforgery antiforgery, DashboardReadStore dashboard)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(dashboard);
        var cancellationToken = context.RequestAborted;
        var page = new HtmlPage(context, antiforgery).Raw("<h2>Facts by status / stage</h2>");
        Table(page, "status-counts", await dashboard.CountFactsByStatusAsync(cancellationToken));
        var decisions = await dashboard.CountDecisionsPerDayAsync(DecisionDays, cancellationToken);
        page.Raw($"<h2>Decisions per day (last {DecisionDays} days)</h2>").Raw(SvgCharts.Bars(decisions, "decisions-chart"));
        Table(page, "decision-counts", decisions);
        page.Raw("<h2>Crawl health</h2><table id=\"sources\"><tr><th>Source</th><th>Enabled</th><th>Last run</th><th>Last error</th><th>Articles by state</th></tr>");
        foreach (var source in await dashboard.ListSourceHealthAsync(cancellationToken))
        {
            page.Raw("<tr><td>").Text(source.Name).Raw("</td><td>").Text(source.Enabled ? "yes" : "no").Raw("</td><td>")
                .Text(source.LastRunAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never").Raw("</td><td class=\"error\">").Text(source.LastError)
                .Raw("</td><td>").Text(string.Join(", ", source.ArticlesByState.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}")))
                .Raw("</td></tr>");
        }

        page.Raw("</table><h2>Events per month (event date)</h2>")
            .Raw(SvgCharts.Bars(await dashboard.CountEventsPerMonthAsync(cancellationToken), "events-chart"))
            .Raw("<h2>Places</h2>").Raw(SvgCharts.Map(await dashboard.ListPlacesAsync(MapPlaces, cancellationToken)));
        return page.Render("Dashboard");
    }

    private static void Table(HtmlPage page, string id, IReadOnlyList<DashboardCount> counts)
    {
        page.Raw("<table id=\"").Text(id).Raw("\">");
        foreach (var count in counts)
        {
            page.Raw("<tr><td>").Text(count.Label).Raw("</td><td>").Text(count.Value.ToString(CultureInfo.InvariantCulture)).Raw("</td></tr>");
        }

        page.Raw("</table>");
    }
}
