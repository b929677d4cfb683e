using Extractor.Data.Registry;
using Extractor.Web.Pages;
using Extractor.Web.Review;
using Microsoft.AspNetCore.Mvc;

namespace Extractor.Web.Endpoints;

/// <summary>
/// The entity registry: search and entity pages (every role), creating an entity while correcting a fact
/// (deciders), and merge / split / undo (reviewers and admins), as forms and as JSON API.
/// </summary>
public static class EntityEndpoints
{
    private static readonly string[] Curators = [AppRoles.Admin, AppRoles.Reviewer];

    public static void MapEntityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/entities", SearchPageAsync);
        app.MapGet("/entities/{id}", (string id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store) => EntityPageAsync(id, context, antiforgery, store));
        app.MapPost("/entities/new", CreateFormAsync).RequireAuthorization(AppRoles.CanDecide);
        app.MapPost("/entities/{id}/merge", MergeFormAsync).RequireAuthorization(policy => policy.RequireRole(Curators));
        app.MapPost("/entities/{id}/split", SplitFormAsync).RequireAuthorization(policy => policy.RequireRole(Curators));
        app.MapPost("/entities/history/{historyId:long}/undo", UndoFormAsync).RequireAuthorization(policy => policy.RequireRole(Curators));

        var api = app.MapGroup("/api/entities").AddEndpointFilter(AntiforgeryFilter.RequireOnUnsafeMethodsAsync);
        api.MapGet("/{id}", async (string id, HttpContext context, IExtractorStore store) =>
            await store.GetEntityAsync(id, context.RequestAborted) is { } detail ? Results.Ok(detail) : Results.NotFound());
        api.MapPost("/", (EntityCreateRequest request, HttpContext context, IExtractorStore store) => ApiChangeAsync(async () =>
            Results.Ok(await store.CreateEntityAsync(request.Name, request.Type, request.Country, UserName(context), context.RequestAborted))))
            .RequireAuthorization(AppRoles.CanDecide);
        api.MapPost("/{id}/merge", (string id, EntityMergeRequest request, HttpContext context, IExtractorStore store) => ApiChangeAsync(async () =>
            Results.Ok(new { HistoryId = await store.MergeEntitiesAsync(id, request.Into, UserName(context), context.RequestAborted) })))
            .RequireAuthorization(policy => policy.RequireRole(Curators));
        api.MapPost("/{id}/split", (string id, EntitySplitRequest request, HttpContext context, IExtractorStore store) => ApiChangeAsync(async () =>
        {
            var (created, historyId) = await store.SplitEntityAsync(id, request.Name, request.Aliases ?? [], UserName(context), context.RequestAborted);
            return Results.Ok(new { Created = created, HistoryId = historyId });
        })).RequireAuthorization(policy => policy.RequireRole(Curators));
        api.MapPost("/history/{historyId:long}/undo", (long historyId, HttpContext context, IExtractorStore store) => ApiChangeAsync(async () =>
            Results.Ok(new { HistoryId = await store.UndoEntityOperationAsync(historyId, UserName(context), context.RequestAborted) })))
            .RequireAuthorization(policy => policy.RequireRole(Curators));
    }

    private static async Task<IResult> SearchPageAsync(HttpContext context, IAntiforgery antiforgery, IExtractorStore store, string? q)
    {
        var query = q ?? string.Empty;
        return EntityPages.Search(context, antiforgery, query, await store.SearchEntitiesAsync(query, 100, context.RequestAborted));
    }

    private static async Task<IResult> EntityPageAsync(
        string id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, string? notice = null, int statusCode = StatusCodes.Status200OK)
    {
        var detail = await store.GetEntityAsync(id, context.RequestAborted);
        return detail is null
            ? Results.NotFound()
            : EntityPages.Entity(context, antiforgery, detail, Curators.Any(context.User.IsInRole), notice, statusCode);
    }

    private static async Task<IResult> CreateFormAsync(
        HttpContext context, IExtractorStore store, [FromForm] string name, [FromForm] string type, [FromForm] string? country, [FromForm] string? back)
    {
        try
        {
            var created = await store.CreateEntityAsync(name, type, country, UserName(context), context.RequestAborted);
            // Only a local path: the form must not become an open redirect.
            var local = back is { Length: > 1 } && back[0] == '/' && back[1] != '/' && back[1] != '\\';
            return Results.Redirect(local ? back! : EntityPages.Link(created.Id));
        }
        catch (EntityRegistryException exception)
        {
            return Results.BadRequest(exception.Message);
        }
    }

    private static Task<IResult> MergeFormAsync(string id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, [FromForm] string into) =>
        FormChangeAsync(id, context, antiforgery, store, async () =>
        {
            await store.MergeEntitiesAsync(id, into.Trim(), UserName(context), context.RequestAborted);
            return into.Trim();
        });

    private static Task<IResult> SplitFormAsync(
        string id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, IFormCollection form) =>
        FormChangeAsync(id, context, antiforgery, store, async () =>
            (await store.SplitEntityAsync(id, form["name"].ToString(), form["alias"].OfType<string>().ToList(), UserName(context), context.RequestAborted)).Created.Id);

    private static Task<IResult> UndoFormAsync(long historyId, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, [FromForm] string entity) =>
        FormChangeAsync(entity, context, antiforgery, store, async () =>
        {
            await store.UndoEntityOperationAsync(historyId, UserName(context), context.RequestAborted);
            return entity;
        });

    /// <summary>Runs a change and shows the entity it leads to; a refused change shows the page again with the reason.</summary>
    private static async Task<IResult> FormChangeAsync(string id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, Func<Task<string>> change)
    {
        try
        {
            return Results.Redirect(EntityPages.Link(await change()));
        }
        catch (EntityRegistryException exception)
        {
            return await EntityPageAsync(id, context, antiforgery, store, exception.Message, StatusCodes.Status409Conflict);
        }
    }

    private static async Task<IResult> ApiChangeAsync(Func<Task<IResult>> change)
    {
        try
        {
            return await change();
        }
        catch (EntityRegistryException exception)
        {
            return Results.Problem(exception.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static string UserName(HttpContext context) => context.User.Identity!.Name!;
}
