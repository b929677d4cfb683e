namespace Extractor.Web.Security;

public enum LoginOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}
