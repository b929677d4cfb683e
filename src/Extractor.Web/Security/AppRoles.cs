namespace Extractor.Web.Security;

/// <summary>The review app's roles and the authorization policies built from them.</summary>
public static class AppRoles
{
    public const string Admin = "admin";
    public const string Reviewer = "reviewer";
    public const string Analyst = "analyst";
    public const string Viewer = "viewer";

    /// <summary>Policy: may approve, reject and correct facts.</summary>
    public const string CanDecide = "can-decide";

    /// <summary>Policy: may manage users and see the Hangfire dashboard.</summary>
    public const string CanAdminister = "can-administer";

    public static IReadOnlyList<string> All { get; } = [Admin, Reviewer, Analyst, Viewer];

    public static IReadOnlyList<string> Deciders { get; } = [Admin, Reviewer, Analyst];

    /// <summary>Roles whose decision on an analyst-decided fact is the second (reviewer) stage.</summary>
    public static IReadOnlyList<string> Reviewers { get; } = [Admin, Reviewer];

    public static bool CanReview(System.Security.Claims.ClaimsPrincipal user) => Reviewers.Any(user.IsInRole);
}
