using Extractor.Data.Model;
using Extractor.Data.Review;
using Extractor.Web.Review;

namespace Extractor.Web.Endpoints;

/// <summary>
/// The JSON API: the same queue, fact, decision and audit actions as the pages, with the same
/// authorization. Unsafe methods need the antiforgery token (from <c>GET /api/antiforgery</c>) in the
/// <c>X-CSRF-TOKEN</c> header.
/// </summary>
public static class ApiEndpoints
{
    public static void MapApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(AntiforgeryFilter.RequireOnUnsafeMethodsAsync);
        api.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return Results.Ok(new { tokens.HeaderName, Token = tokens.RequestToken });
        });
        api.MapGet("/queue", (HttpContext context, ReviewReadStore reviews) =>
            reviews.ListQueueAsync(QueueQuery.FromQuery(context.Request, context.User.Identity!.Name), context.RequestAborted));
        api.MapPost("/undo", (HttpContext context, IExtractorStore store) => store.UndoLastDecisionAsync(context.User.Identity!.Name!, context.RequestAborted))
            .RequireAuthorization(AppRoles.CanDecide);
        api.MapPost("/bulk", BulkDecideAsync).RequireAuthorization(AppRoles.CanDecide);
        api.MapGet("/stats", async (HttpContext context, ReviewReadStore reviews) =>
            (await reviews.ListAgreementPairsAsync(context.RequestAborted)).ToDictionary(p => p.Key, p => new { Pairs = p.Value.Count, Kappa = CohensKappa.Compute(p.Value.ToList()) }));
        api.MapGet("/facts/{id:long}", GetFactAsync);
        api.MapPost("/facts/{id:long}/decisions", DecideAsync).RequireAuthorization(AppRoles.CanDecide);
        api.MapGet("/entities", (HttpContext context, IExtractorStore store, string q) => store.SearchEntitiesAsync(q, 20, context.RequestAborted));
        api.MapGet("/audit", (HttpContext context, ReviewReadStore reviews, long? fact) => reviews.ListDecisionsAsync(fact, 200, context.RequestAborted));
    }

    private static async Task<IResult> GetFactAsync(long id, HttpContext context, IExtractorStore store, ReviewReadStore reviews)
    {
        var fact = await store.GetFactAsync(id, context.RequestAborted);
        if (fact is null)
        {
            return Results.NotFound();
        }

        var evidence = fact.Kind == FactKind.Event ? await reviews.GetEventEvidenceAsync(fact.ArticleId, fact.SubjectId, context.RequestAborted) : null;
        return Results.Ok(new { Fact = fact, Evidence = evidence });
    }

    private static async Task<IResult> DecideAsync(long id, DecisionRequest request, HttpContext context, IExtractorStore store)
    {
        var fact = await store.GetFactAsync(id, context.RequestAborted);
        if (fact is null)
        {
            return Results.NotFound();
        }

        var review = FactDecisions.ToReview(fact, request, context.User.Identity!.Name!);
        if (review is null)
        {
            return Results.Problem($"Unknown action '{request.Action}'", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            return Results.Ok(await store.DecideFactAsync(review, AppRoles.CanReview(context.User), context.RequestAborted));
        }
        catch (ReviewStageException refused)
        {
            return Results.Problem(refused.Message, statusCode: StatusCodes.Status409Conflict);
        }
        catch (StaleVersionException)
        {
            return Results.Problem(FactDecisions.StaleMessage, statusCode: StatusCodes.Status409Conflict);
        }
    }

    /// <summary>Bulk approve or reject of the queue filtered by the query string (same fields as the queue page).</summary>
    private static async Task<IResult> BulkDecideAsync(HttpContext context, IExtractorStore store, string action, string? reason)
    {
        if (action != ReviewAction.Approve && action != ReviewAction.Reject)
        {
            return Results.Problem($"A bulk decision approves or rejects, not '{action}'", statusCode: StatusCodes.Status400BadRequest);
        }

        var user = context.User.Identity!.Name!;
        var filter = QueueQuery.FromQuery(context.Request, user);
        return Results.Ok(await store.BulkDecideAsync(filter, action, user, AppRoles.CanReview(context.User), reason, BulkLimits.MaxFacts, context.RequestAborted));
    }
}
