using Dapper;
using Extractor.Data.Model;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    public async Task<long> SaveUserAsync(UserRecord user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO users (username, password_hash, role, failed_logins, created_at)
            VALUES (@Username, @PasswordHash, @Role, 0, @now)
            ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role
            RETURNING id
            """,
            new { user.Username, user.PasswordHash, user.Role, now = Now }).ConfigureAwait(false);
    }

    public async Task<UserRecord?> GetUserAsync(string username, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<UserRecord>(
            "SELECT id, username, password_hash, role, failed_logins, locked_until FROM users WHERE username = @username",
            new { username }).ConfigureAwait(false);
    }

    public async Task RecordLoginAsync(string username, bool succeeded, DateTimeOffset? lockUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = succeeded
            ? "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE username = @username"
            : "UPDATE users SET failed_logins = failed_logins + 1, locked_until = @lockUntil WHERE username = @username";
        await connection.ExecuteAsync(sql, new { username, lockUntil }).ConfigureAwait(false);
    }
}
