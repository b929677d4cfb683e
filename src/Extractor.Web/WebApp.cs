using Extractor.Data.Review;
using Extractor.Ingest.Hosting;
using Extractor.Web.Endpoints;
using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Extractor.Web;

/// <summary>Builds the review web application.</summary>
public static class WebApp
{
    public const string ConnectionStringName = "Extractor";

    /// <summary>
    /// The store comes from <c>ConnectionStrings:Extractor</c> (also <c>ConnectionStrings__Extractor</c>), else
    /// <c>EXTRACTOR_DB</c>, else the embedded SQLite default. <paramref name="configure"/> runs before services are added.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? StoreOptions.FromEnvironment().ConnectionString;
        var services = builder.Services;
        services.AddExtractorIngest(connectionString);
        services.AddHangfire(_ => { });
        services.AddSingleton<ReviewReadStore>();
        services.AddSingleton<DashboardReadStore>();
        services.AddSingleton<UserAccounts>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.AccessDeniedPath = "/denied";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AppRoles.CanDecide, policy => policy.RequireRole(AppRoles.Deciders))
            .AddPolicy(AppRoles.CanAdminister, policy => policy.RequireRole(AppRoles.Admin));
        services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddOpenApi();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminDashboardFilter()] });
        app.MapAccountEndpoints();
        app.MapReviewEndpoints();
        app.MapDecisionEndpoints();
        app.MapApiEndpoints();
        app.MapWorkflowEndpoints();
        app.MapSourceEndpoints();
        app.MapEntityEndpoints();
        app.MapExportEndpoints();
        app.MapOpenApi();
        return app;
    }

    /// <summary>API callers get a status code, browsers the login or access-denied page.</summary>
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatusCode)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = apiStatusCode;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
