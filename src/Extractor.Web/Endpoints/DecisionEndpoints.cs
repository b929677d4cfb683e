using System.Globalization;
using Extractor.Data.Model;
using Extractor.Data.Review;
using Extractor.Web.Pages;
using Extractor.Web.Review;
using Microsoft.AspNetCore.Mvc;

namespace Extractor.Web.Endpoints;

/// <summary>Approve / reject / correct a fact (optimistic concurrency on its version), next-in-queue, and the audit log.</summary>
public static class DecisionEndpoints
{
    public static void MapDecisionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/facts/{id:long}/decide", DecideAsync).RequireAuthorization(AppRoles.CanDecide);
        app.MapGet("/next", NextAsync);
        app.MapGet("/audit", AuditAsync);
    }

    private static async Task<IResult> DecideAsync(
        long id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, ReviewReadStore reviews,
        [FromForm] string action, [FromForm] int version, [FromForm] string? reason, [FromForm] string? date, [FromForm] string? type, [FromForm] string? place,
        [FromForm] string? actor, [FromForm] string? target)
    {
        var fact = await store.GetFactAsync(id, context.RequestAborted);
        if (fact is null)
        {
            return Results.NotFound();
        }

        var review = FactDecisions.ToReview(fact, new DecisionRequest(action, version, reason, date, type, place, actor, target), context.User.Identity!.Name!);
        if (review is null)
        {
            return Results.BadRequest($"Unknown action '{action}'");
        }

        try
        {
            await store.DecideFactAsync(review, AppRoles.CanReview(context.User), context.RequestAborted);
        }
        catch (ReviewStageException refused)
        {
            return await ReviewEndpoints.RenderFactAsync(id, context, antiforgery, store, reviews, refused.Message, StatusCodes.Status409Conflict);
        }
        catch (StaleVersionException)
        {
            // Show the fact as it is now, with what this reviewer tried, so they can decide again knowingly.
            var attempted = string.IsNullOrWhiteSpace(reason) ? action : $"{action}: {reason}";
            return await ReviewEndpoints.RenderFactAsync(
                id, context, antiforgery, store, reviews, $"{FactDecisions.StaleMessage} Your decision was: {attempted}.", StatusCodes.Status409Conflict);
        }

        // A correction stays on the fact so the reviewer sees the corrected slots (and can approve them);
        // approve and reject move on to the next fact in the queue.
        var idText = id.ToString(CultureInfo.InvariantCulture);
        return Results.Redirect(action == ReviewAction.Correct ? $"/facts/{idText}" : $"/next?after={idText}");
    }

    private static async Task<IResult> NextAsync(HttpContext context, ReviewReadStore reviews, long? after)
    {
        var queue = await reviews.ListQueueAsync(new ReviewQueueFilter(Limit: 2, Viewer: context.User.Identity!.Name), context.RequestAborted);
        var next = queue.FirstOrDefault(f => f.Id != after);
        return Results.Redirect(next is null ? "/" : $"/facts/{next.Id.ToString(CultureInfo.InvariantCulture)}");
    }

    private static async Task<IResult> AuditAsync(HttpContext context, IAntiforgery antiforgery, ReviewReadStore reviews, long? fact)
    {
        var decisions = await reviews.ListDecisionsAsync(fact, 200, context.RequestAborted);
        var page = new HtmlPage(context, antiforgery)
            .Raw("<table><tr><th>When</th><th>Who</th><th>Fact</th><th>Action</th><th>Before</th><th>After</th><th>Reason</th><th>Stage</th><th>Bulk</th><th>Pipeline</th></tr>");
        foreach (var decision in decisions)
        {
            page.Raw("<tr class=\"decision\"><td>").Text(decision.DecidedAt.ToString("u", CultureInfo.InvariantCulture)).Raw("</td><td>")
                .Text(decision.Username).Raw("</td><td><a href=\"/facts/").Text(decision.FactId.ToString(CultureInfo.InvariantCulture)).Raw("\">#")
                .Text(decision.FactId.ToString(CultureInfo.InvariantCulture)).Raw("</a></td><td>").Text(decision.Action).Raw("</td><td>")
                .Text(decision.BeforeJson).Raw("</td><td>").Text(decision.AfterJson).Raw("</td><td>").Text(decision.Reason)
                .Raw("</td><td>").Text(decision.Stage).Raw("</td><td>").Text(decision.BulkId)
                .Raw("</td><td>").Text(decision.PipelineVersion).Raw("</td></tr>");
        }

        return page.Raw("</table>").Render("Audit log");
    }
}
