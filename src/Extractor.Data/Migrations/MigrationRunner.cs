using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace Extractor.Data.Migrations;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts in order, each in its own transaction,
/// recording them in <c>schema_migrations</c>. On PostgreSQL an advisory lock makes concurrent runners
/// wait for each other; SQLite's write lock does the same for its immediate transactions.
/// </summary>
public sealed class MigrationRunner
{
    // Any fixed number works; it only has to be the same for every process migrating this database.
    private const long AdvisoryLockKey = 0x45787472_6163746F;

    private readonly Database database;

    public MigrationRunner(Database database)
    {
        this.database = database;
    }

    public static IReadOnlyList<Migration> Embedded { get; } = LoadEmbedded();

    /// <summary>Applies pending migrations; returns the versions applied by this call.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var isPostgres = database.Provider == DatabaseProvider.PostgreSql;
        if (isPostgres)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey }).ConfigureAwait(false);
        }

        else
        {
            // Write-ahead logging lets the review app read while jobs write; the setting persists in the file.
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL").ConfigureAwait(false);
        }

        try
        {
            await connection.ExecuteAsync(
                $"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at {database.Dialect.TimestampType} NOT NULL)")
                .ConfigureAwait(false);
            var applied = new List<int>();
            foreach (var migration in Embedded)
            {
                if (await ApplyAsync(connection, migration, cancellationToken).ConfigureAwait(false))
                {
                    applied.Add(migration.Version);
                }
            }

            return applied;
        }
        finally
        {
            if (isPostgres)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey }).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> ApplyAsync(DbConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var done = await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM schema_migrations WHERE version = @version", new { version = migration.Version }, transaction)
            .ConfigureAwait(false);
        if (done > 0)
        {
            return false;
        }

        await connection.ExecuteAsync(database.Dialect.ExpandTypes(migration.Sql), transaction: transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @at)",
            new { migration.Version, migration.Name, at = DateTimeOffset.UtcNow },
            transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        const string prefix = "Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name, name[prefix.Length..^".sql".Length]))
            .OrderBy(migration => migration.Version)
            .ToList();
    }

    private static Migration Read(Assembly assembly, string resource, string fileName)
    {
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
