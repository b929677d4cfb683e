using System.Security.Claims;
using Extractor.Web.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Extractor.Web.Endpoints;

/// <summary>Login, logout, and user management for admins.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            LoginForm(new HtmlPage(context, antiforgery), returnUrl, null)).AllowAnonymous();
        app.MapPost("/login", LoginAsync).AllowAnonymous();
        app.MapGet("/denied", (HttpContext context, IAntiforgery antiforgery) =>
            new HtmlPage(context, antiforgery).Raw("<p>Your role does not allow this.</p>").Render("Access denied", StatusCodes.Status403Forbidden))
            .AllowAnonymous();
        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        }).AddEndpointFilter(AntiforgeryFilter.RequireOnUnsafeMethodsAsync);
        app.MapGet("/users", (HttpContext context, IAntiforgery antiforgery) => UserForm(new HtmlPage(context, antiforgery), null))
            .RequireAuthorization(AppRoles.CanAdminister);
        app.MapPost("/users", SaveUserAsync).RequireAuthorization(AppRoles.CanAdminister);
    }

    private static async Task<IResult> LoginAsync(
        HttpContext context, IAntiforgery antiforgery, UserAccounts accounts,
        [FromForm] string username, [FromForm] string password, [FromQuery] string? returnUrl)
    {
        var result = await accounts.LoginAsync(username, password, context.RequestAborted);
        if (result.User is null)
        {
            var message = result.Outcome == LoginOutcome.LockedOut
                ? $"Too many failed logins: the account is locked for {UserAccounts.LockoutDuration.TotalMinutes} minutes."
                : "Unknown user or wrong password.";
            return LoginForm(new HtmlPage(context, antiforgery), returnUrl, message, StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, result.User.Username), new Claim(ClaimTypes.Role, result.User.Role)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        var target = returnUrl is { Length: > 1 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? returnUrl
            : "/";
        return Results.Redirect(target);
    }

    private static async Task<IResult> SaveUserAsync(
        HttpContext context, IAntiforgery antiforgery, UserAccounts accounts,
        [FromForm] string username, [FromForm] string role, [FromForm] string password)
    {
        try
        {
            await accounts.SaveAsync(username, role, password, context.RequestAborted);
            return UserForm(new HtmlPage(context, antiforgery), $"Saved user {username} ({role}).");
        }
        catch (ArgumentException error)
        {
            return UserForm(new HtmlPage(context, antiforgery), error.Message, StatusCodes.Status400BadRequest);
        }
    }

    private static IResult LoginForm(HtmlPage page, string? returnUrl, string? error, int statusCode = StatusCodes.Status200OK)
    {
        if (error is not null)
        {
            page.Raw("<p class=\"error\">").Text(error).Raw("</p>");
        }

        page.Raw("<form method=\"post\" action=\"/login?returnUrl=").Text(Uri.EscapeDataString(returnUrl ?? "/")).Raw("\">")
            .AntiforgeryField()
            .Raw("<p><label>User <input name=\"username\" autocomplete=\"username\" required autofocus></label></p>")
            .Raw("<p><label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label></p>")
            .Raw("<p><button>Log in</button></p></form>");
        return page.Render("Log in", statusCode);
    }

    private static IResult UserForm(HtmlPage page, string? message, int statusCode = StatusCodes.Status200OK)
    {
        if (message is not null)
        {
            page.Raw("<p>").Text(message).Raw("</p>");
        }

        page.Raw("<form method=\"post\" action=\"/users\">").AntiforgeryField()
            .Raw("<p><label>User <input name=\"username\" required></label></p><p><label>Role <select name=\"role\">");
        foreach (var role in AppRoles.All)
        {
            page.Raw("<option>").Text(role).Raw("</option>");
        }

        page.Raw("</select></label></p><p><label>Password <input name=\"password\" type=\"password\" required></label></p>")
            .Raw("<p><button>Save user</button></p></form>");
        return page.Render("Users", statusCode);
    }
}
