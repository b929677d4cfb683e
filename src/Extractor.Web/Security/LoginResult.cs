using Extractor.Data.Model;

namespace Extractor.Web.Security;

/// <summary>The outcome of a login attempt and, on success, the user.</summary>
public sealed record LoginResult(LoginOutcome Outcome, UserRecord? User);
