using System.Globalization;
using Extractor.Data.Model;
using Extractor.Ingest.Sources;
using Extractor.Web.Pages;
using Microsoft.AspNetCore.Mvc;

namespace Extractor.Web.Endpoints;

/// <summary>
/// The operator's pages and API for crawled sources. Every role may read; only admins add, enable,
/// disable, remove, run and retry, all through <see cref="SourceManager"/> like the CLI. Every unsafe
/// request needs the antiforgery token (form field, or the <c>X-CSRF-TOKEN</c> header for the API).
/// </summary>
public static class SourceEndpoints
{
    public static void MapSourceEndpoints(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/sources").AddEndpointFilter(AntiforgeryFilter.RequireOnUnsafeMethodsAsync);
        pages.MapGet("", ListPageAsync);
        pages.MapPost("", AddFromFormAsync).RequireAuthorization(AppRoles.CanAdminister);
        pages.MapPost("/{id:long}/enabled", SetEnabledFromFormAsync).RequireAuthorization(AppRoles.CanAdminister);
        pages.MapPost("/{id:long}/remove", RemoveFromFormAsync).RequireAuthorization(AppRoles.CanAdminister);
        pages.MapPost("/{id:long}/run", RunFromFormAsync).RequireAuthorization(AppRoles.CanAdminister);
        pages.MapGet("/{id:long}/articles", ArticlesPageAsync);
        pages.MapPost("/{id:long}/articles/retry", RetryFromFormAsync).RequireAuthorization(AppRoles.CanAdminister);

        var api = app.MapGroup("/api/sources").AddEndpointFilter(AntiforgeryFilter.RequireOnUnsafeMethodsAsync).WithTags("Sources");
        api.MapGet("", (HttpContext context, SourceManager sources) => sources.ListAsync(context.RequestAborted))
            .WithSummary("Sources with their schedule, last run and article counts by state");
        api.MapPost("", AddFromJsonAsync).RequireAuthorization(AppRoles.CanAdminister)
            .WithSummary("Add a source, or update the one with the same name; its recurring crawl is updated at once");
        api.MapDelete("/{id:long}", RemoveFromApiAsync).RequireAuthorization(AppRoles.CanAdminister)
            .WithSummary("Remove a source without stored articles (409 when it has some)");
        api.MapPost("/{id:long}/enabled", SetEnabledFromApiAsync).RequireAuthorization(AppRoles.CanAdminister)
            .WithSummary("Enable or disable a source's recurring crawl: ?enabled=true|false");
        api.MapPost("/{id:long}/run", RunFromApiAsync).RequireAuthorization(AppRoles.CanAdminister)
            .WithSummary("Enqueue the source's crawl now");
        api.MapGet("/{id:long}/articles", ArticlesFromApiAsync)
            .WithSummary("A page of the source's articles, optionally in one state");
        api.MapPost("/{id:long}/articles/retry", RetryFromApiAsync).RequireAuthorization(AppRoles.CanAdminister)
            .WithSummary("Send the source's failed articles back for processing");
    }

    private static async Task<IResult> ListPageAsync(HttpContext context, IAntiforgery antiforgery, SourceManager sources) =>
        await RenderListAsync(context, antiforgery, sources, null, null, StatusCodes.Status200OK);

    private static async Task<IResult> AddFromFormAsync(
        HttpContext context, IAntiforgery antiforgery, SourceManager sources,
        [FromForm] string? kind, [FromForm] string? location, [FromForm] string? name, [FromForm] string? cron, [FromForm] bool? allowPrivate)
    {
        var draft = new SourceDraft(kind ?? string.Empty, location ?? string.Empty, name, cron, allowPrivate == true);
        var saved = await sources.SaveAsync(draft, context.RequestAborted);
        return saved.Problem is { } problem
            ? await RenderListAsync(context, antiforgery, sources, "Source not saved: " + problem, draft, StatusCodes.Status400BadRequest)
            : Results.Redirect("/sources");
    }

    private static async Task<IResult> SetEnabledFromFormAsync(
        long id, HttpContext context, IAntiforgery antiforgery, SourceManager sources, [FromForm] bool enabled) =>
        await sources.SetEnabledAsync(id, enabled, context.RequestAborted) is null
            ? await RenderListAsync(context, antiforgery, sources, NoSource(id), null, StatusCodes.Status404NotFound)
            : Results.Redirect("/sources");

    private static async Task<IResult> RemoveFromFormAsync(long id, HttpContext context, IAntiforgery antiforgery, SourceManager sources) =>
        await sources.RemoveAsync(id, context.RequestAborted) switch
        {
            SourceRemoval.Removed => Results.Redirect("/sources"),
            SourceRemoval.NotFound => await RenderListAsync(context, antiforgery, sources, NoSource(id), null, StatusCodes.Status404NotFound),
            _ => await RenderListAsync(context, antiforgery, sources, HasArticles(id), null, StatusCodes.Status409Conflict),
        };

    private static async Task<IResult> RunFromFormAsync(long id, HttpContext context, IAntiforgery antiforgery, SourceManager sources) =>
        await sources.RunNowAsync(id, context.RequestAborted) is { } jobId
            ? await RenderListAsync(context, antiforgery, sources, null, null, StatusCodes.Status200OK, $"Crawl of source {id} queued as Hangfire job {jobId}.")
            : await RenderListAsync(context, antiforgery, sources, NoSource(id), null, StatusCodes.Status404NotFound);

    private static async Task<IResult> ArticlesPageAsync(
        long id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, string? state, int? page) =>
        await RenderArticlesAsync(id, context, antiforgery, store, NullIfEmpty(state), Math.Max(1, page ?? 1), null);

    private static async Task<IResult> RetryFromFormAsync(
        long id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, SourceManager sources)
    {
        if (await store.GetSourceAsync(id, context.RequestAborted) is null)
        {
            return Results.NotFound();
        }

        var retried = await sources.RetryFailedAsync(id, context.User.Identity!.Name!, context.RequestAborted);
        return await RenderArticlesAsync(id, context, antiforgery, store, null, 1, $"{retried.Count} failed article(s) sent back for processing.");
    }

    private static async Task<IResult> AddFromJsonAsync(SourceDraft draft, HttpContext context, SourceManager sources)
    {
        var saved = await sources.SaveAsync(draft, context.RequestAborted);
        return saved.Source is { } source
            ? Results.Created($"/api/sources/{source.Id.ToString(CultureInfo.InvariantCulture)}", source)
            : Results.Problem("Source not saved: " + saved.Problem, statusCode: StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> RemoveFromApiAsync(long id, HttpContext context, SourceManager sources) =>
        await sources.RemoveAsync(id, context.RequestAborted) switch
        {
            SourceRemoval.Removed => Results.NoContent(),
            SourceRemoval.NotFound => Results.Problem(NoSource(id), statusCode: StatusCodes.Status404NotFound),
            _ => Results.Problem(HasArticles(id), statusCode: StatusCodes.Status409Conflict),
        };

    private static async Task<IResult> SetEnabledFromApiAsync(long id, bool enabled, HttpContext context, SourceManager sources) =>
        await sources.SetEnabledAsync(id, enabled, context.RequestAborted) is { } source
            ? Results.Ok(source)
            : Results.Problem(NoSource(id), statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> RunFromApiAsync(long id, HttpContext context, SourceManager sources) =>
        await sources.RunNowAsync(id, context.RequestAborted) is { } jobId
            ? Results.Accepted(value: new { JobId = jobId })
            : Results.Problem(NoSource(id), statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> ArticlesFromApiAsync(long id, HttpContext context, IExtractorStore store, string? state, int? page)
    {
        if (await store.GetSourceAsync(id, context.RequestAborted) is null)
        {
            return Results.Problem(NoSource(id), statusCode: StatusCodes.Status404NotFound);
        }

        var offset = (Math.Max(1, page ?? 1) - 1) * SourceArticlesPage.PageSize;
        return Results.Ok(await store.ListSourceArticlesAsync(id, NullIfEmpty(state), offset, SourceArticlesPage.PageSize, context.RequestAborted));
    }

    private static async Task<IResult> RetryFromApiAsync(long id, HttpContext context, IExtractorStore store, SourceManager sources)
    {
        if (await store.GetSourceAsync(id, context.RequestAborted) is null)
        {
            return Results.Problem(NoSource(id), statusCode: StatusCodes.Status404NotFound);
        }

        return Results.Ok(new { Retried = await sources.RetryFailedAsync(id, context.User.Identity!.Name!, context.RequestAborted) });
    }

    private static async Task<IResult> RenderListAsync(
        HttpContext context, IAntiforgery antiforgery, SourceManager sources, string? problem, SourceDraft? draft, int statusCode, string? notice = null)
    {
        var page = new HtmlPage(context, antiforgery);
        if (notice is not null)
        {
            page.Raw("<p role=\"status\">").Text(notice).Raw("</p>");
        }

        var list = await sources.ListAsync(context.RequestAborted);
        return SourceListPage.Write(page, list, context.User.IsInRole(AppRoles.Admin), problem, draft).Render("Sources", statusCode);
    }

    private static async Task<IResult> RenderArticlesAsync(
        long id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, string? state, int pageNumber, string? notice)
    {
        var source = await store.GetSourceAsync(id, context.RequestAborted);
        if (source is null)
        {
            return Results.NotFound();
        }

        var offset = (pageNumber - 1) * SourceArticlesPage.PageSize;
        var articles = await store.ListSourceArticlesAsync(id, state, offset, SourceArticlesPage.PageSize + 1, context.RequestAborted);
        var page = SourceArticlesPage.Write(new HtmlPage(context, antiforgery), source, articles, state, pageNumber, context.User.IsInRole(AppRoles.Admin), notice);
        return page.Render($"Articles of {source.Name}");
    }

    private static string NoSource(long id) => $"There is no source {id.ToString(CultureInfo.InvariantCulture)}.";

    private static string HasArticles(long id) =>
        $"Source {id.ToString(CultureInfo.InvariantCulture)} has stored articles, so it was not removed; disable it to stop its crawls.";

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
