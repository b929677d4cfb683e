using Extractor.Data;
using Extractor.Data.Model;
using Extractor.Data.Review;
using Extractor.Web.Review;
using Extractor.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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
        var api = app.MapGroup("/api").AddEndpointFilter(RequireAntiforgeryOnUnsafeMethodsAsync);
        api.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return Results.Ok(new { tokens.HeaderName, Token = tokens.RequestToken });
        });
        api.MapGet("/queue", (HttpContext context, ReviewReadStore reviews, string? status, string? kind, long? source, double? min, double? max) =>
            reviews.ListQueueAsync(new ReviewQueueFilter(string.IsNullOrEmpty(status) ? FactStatus.Pending : status, kind, source, min, max), context.RequestAborted));
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
            return Results.Ok(await store.ReviewFactAsync(review, context.RequestAborted));
        }
        catch (StaleVersionException)
        {
            return Results.Problem(FactDecisions.StaleMessage, statusCode: StatusCodes.Status409Conflict);
        }
    }

    internal static async ValueTask<object?> RequireAntiforgeryOnUnsafeMethodsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var method = http.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method))
        {
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.Problem("Missing or invalid antiforgery token (send it in the X-CSRF-TOKEN header)", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context);
    }
}
