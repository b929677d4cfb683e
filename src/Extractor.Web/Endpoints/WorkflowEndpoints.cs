using System.Globalization;
using Extractor.Data.Model;
using Extractor.Data.Review;
using Extractor.Web.Pages;
using Extractor.Web.Review;

namespace Extractor.Web.Endpoints;

/// <summary>Undo, bulk decisions with a preview, the agreement statistics and the dashboard.</summary>
public static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/undo", UndoAsync).RequireAuthorization(AppRoles.CanDecide).AddEndpointFilter(AntiforgeryFilter.RequireOnUnsafeMethodsAsync);
        app.MapGet("/bulk", BulkPreviewAsync).RequireAuthorization(AppRoles.CanDecide);
        app.MapPost("/bulk", BulkDecideAsync).RequireAuthorization(AppRoles.CanDecide).AddEndpointFilter(AntiforgeryFilter.RequireOnUnsafeMethodsAsync);
        app.MapGet("/stats", StatsAsync);
        app.MapGet("/dashboard", DashboardPage.RenderAsync);
    }

    private static async Task<IResult> UndoAsync(HttpContext context, IAntiforgery antiforgery, IExtractorStore store)
    {
        var result = await store.UndoLastDecisionAsync(context.User.Identity!.Name!, context.RequestAborted);
        var page = new HtmlPage(context, antiforgery)
            .Raw("<p id=\"message\"").Raw(result.Refused > 0 && result.Undone == 0 ? " class=\"error\">" : ">").Text(result.Message).Raw("</p>");
        if (result.FactId is { } factId)
        {
            page.Raw("<p><a id=\"undone-fact\" href=\"/facts/").Text(factId.ToString(CultureInfo.InvariantCulture)).Raw("\">Back to fact #")
                .Text(factId.ToString(CultureInfo.InvariantCulture)).Raw("</a></p>");
        }

        var refused = result.Refused > 0 && result.Undone == 0 && result.FactId is not null;
        return page.Raw("<p><a href=\"/\">Queue</a></p>").Render("Undo", refused ? StatusCodes.Status409Conflict : StatusCodes.Status200OK);
    }

    private static async Task<IResult> BulkPreviewAsync(HttpContext context, IAntiforgery antiforgery, ReviewReadStore reviews)
    {
        var filter = QueueQuery.FromQuery(context.Request, context.User.Identity!.Name, BulkLimits.PreviewFacts);
        var count = await reviews.CountQueueAsync(filter, context.RequestAborted);
        var first = await reviews.ListQueueAsync(filter, context.RequestAborted);
        var page = new HtmlPage(context, antiforgery)
            .Raw("<p id=\"bulk-count\">").Text($"{count.ToString(CultureInfo.InvariantCulture)} facts match this filter")
            .Text(count > BulkLimits.MaxFacts ? $"; one bulk changes the first {BulkLimits.MaxFacts} of them in queue order." : ".")
            .Raw("</p><p>Facts someone decides or opens before you confirm are left alone. You can undo the whole bulk afterwards (<b>u</b> on a fact card, or the undo button).</p>")
            .Raw("<form method=\"post\" action=\"/bulk\" id=\"bulk-form\">").AntiforgeryField();
        foreach (var (name, value) in QueueQuery.Values(filter))
        {
            page.Raw("<input type=\"hidden\" name=\"").Text(name).Raw("\" value=\"").Text(value).Raw("\">");
        }

        page.Raw("<p><label><input type=\"radio\" name=\"action\" value=\"approve\" checked> approve</label> ")
            .Raw("<label><input type=\"radio\" name=\"action\" value=\"reject\"> reject</label> ")
            .Raw("<label>Reason <input name=\"reason\"></label> <button>Confirm bulk decision</button></p></form>")
            .Raw($"<h2>First {BulkLimits.PreviewFacts} that will change</h2><table><tr><th>Fact</th><th>Kind</th><th>Subject</th><th>Status</th><th>Confidence</th></tr>");
        foreach (var fact in first)
        {
            page.Raw("<tr class=\"bulk-fact\"><td><a href=\"/facts/").Text(fact.Id.ToString(CultureInfo.InvariantCulture)).Raw("\">#")
                .Text(fact.Id.ToString(CultureInfo.InvariantCulture)).Raw("</a></td><td>").Text(fact.Kind).Raw("</td><td>").Text(fact.SubjectId)
                .Raw("</td><td>").Text(fact.Status).Raw("</td><td>").Text(fact.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Raw("</td></tr>");
        }

        return page.Raw("</table>").Render("Bulk decision preview");
    }

    private static async Task<IResult> BulkDecideAsync(HttpContext context, IAntiforgery antiforgery, IExtractorStore store)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var action = form["action"].FirstOrDefault();
        if (action != ReviewAction.Approve && action != ReviewAction.Reject)
        {
            return Results.BadRequest("A bulk decision approves or rejects.");
        }

        var user = context.User.Identity!.Name!;
        var filter = QueueQuery.Read(name => form[name].FirstOrDefault(), user);
        var reason = form["reason"].FirstOrDefault();
        var result = await store.BulkDecideAsync(
            filter, action, user, AppRoles.CanReview(context.User), string.IsNullOrWhiteSpace(reason) ? null : reason, BulkLimits.MaxFacts, context.RequestAborted);
        return new HtmlPage(context, antiforgery)
            .Raw("<p id=\"message\">").Text($"Bulk {result.BulkId}: {action} on {result.Changed} facts")
            .Text(result.Skipped > 0 ? $"; {result.Skipped} skipped because they changed meanwhile." : ".").Raw("</p>")
            .Raw("<form method=\"post\" id=\"undo\" action=\"/undo\">").AntiforgeryField().Raw("<button>Undo this bulk (u)</button></form>")
            .Raw("<p><a href=\"/audit\">Audit log</a> <a href=\"/\">Queue</a></p>")
            .Render("Bulk decision");
    }

    private static async Task<IResult> StatsAsync(HttpContext context, IAntiforgery antiforgery, ReviewReadStore reviews)
    {
        var pairs = await reviews.ListAgreementPairsAsync(context.RequestAborted);
        var page = new HtmlPage(context, antiforgery)
            .Raw("<p>Agreement between the first two people who decided the same fact (their latest decision that was not undone), ")
            .Raw("as Cohen's kappa over the resulting status: 1 is full agreement, 0 what chance gives.</p>")
            .Raw("<table id=\"kappa\"><tr><th>Fact type</th><th>Facts seen twice</th><th>Agreed</th><th>Cohen's kappa</th></tr>");
        foreach (var (kind, list) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var kappa = CohensKappa.Compute(list.ToList());
            page.Raw("<tr><td>").Text(kind).Raw("</td><td>").Text(list.Count.ToString(CultureInfo.InvariantCulture)).Raw("</td><td>")
                .Text(list.Count(p => p.First == p.Second).ToString(CultureInfo.InvariantCulture)).Raw("</td><td>")
                .Text(kappa?.ToString("0.000", CultureInfo.InvariantCulture) ?? "n/a").Raw("</td></tr>");
        }

        return page.Raw("</table>").Render("Agreement");
    }
}
