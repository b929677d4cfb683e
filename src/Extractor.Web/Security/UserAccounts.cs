using Extractor.Data.Model;
using Microsoft.AspNetCore.Identity;

namespace Extractor.Web.Security;

/// <summary>
/// Creates users and checks logins: passwords hashed with <see cref="PasswordHasher{TUser}"/>, and an
/// account locked for <see cref="LockoutDuration"/> after <see cref="MaxFailedLogins"/> failures in a row.
/// </summary>
public sealed class UserAccounts(IExtractorStore store, TimeProvider clock)
{
    public const int MaxFailedLogins = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private readonly PasswordHasher<UserRecord> hasher = new();

    public async Task<long> SaveAsync(string username, string role, string password, CancellationToken cancellationToken = default)
    {
        if (!AppRoles.All.Contains(role))
        {
            throw new ArgumentException($"Unknown role '{role}'; use one of {string.Join(", ", AppRoles.All)}", nameof(role));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var user = new UserRecord { Username = username, PasswordHash = string.Empty, Role = role };
        var hash = hasher.HashPassword(user, password);
        return await store.SaveUserAsync(new UserRecord { Username = username, PasswordHash = hash, Role = role }, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<LoginResult> LoginAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        var user = await store.GetUserAsync(username, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return new LoginResult(LoginOutcome.Failed, null);
        }

        var now = clock.GetUtcNow();
        if (user.LockedUntil is { } lockedUntil && lockedUntil > now)
        {
            return new LoginResult(LoginOutcome.LockedOut, null);
        }

        var verified = hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
        if (verified)
        {
            await store.RecordLoginAsync(username, true, null, cancellationToken).ConfigureAwait(false);
            return new LoginResult(LoginOutcome.Succeeded, user);
        }

        var lockUntil = user.FailedLogins + 1 >= MaxFailedLogins ? now + LockoutDuration : (DateTimeOffset?)null;
        await store.RecordLoginAsync(username, false, lockUntil, cancellationToken).ConfigureAwait(false);
        return new LoginResult(lockUntil is null ? LoginOutcome.Failed : LoginOutcome.LockedOut, null);
    }
}
