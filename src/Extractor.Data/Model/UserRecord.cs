namespace Extractor.Data.Model;

/// <summary>A row of <c>users</c>; the review app hashes passwords and decides lockouts.</summary>
public sealed class UserRecord
{
    public long Id { get; init; }

    public required string Username { get; init; }

    public required string PasswordHash { get; init; }

    public required string Role { get; init; }

    public int FailedLogins { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }
}
