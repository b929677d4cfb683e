using Hangfire.Dashboard;

namespace Extractor.Web.Security;

/// <summary>Lets only signed-in admins see the Hangfire dashboard.</summary>
public sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetHttpContext().User.IsInRole(AppRoles.Admin);
    }
}
