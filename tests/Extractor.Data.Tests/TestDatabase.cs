using Dapper;
using Extractor.Data;
using Extractor.Data.Migrations;
using Npgsql;

namespace Extractor.Data.Tests;

/// <summary>
/// A fresh, migrated database for one test: a temporary SQLite file, or a uniquely named schema in
/// the PostgreSQL database named by <c>EXTRACTOR_TEST_PG</c>.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "EXTRACTOR_TEST_PG";
    private readonly Func<Task> cleanup;

    private TestDatabase(Database database, Func<Task> cleanup)
    {
        Database = database;
        Store = new SqlExtractorStore(database);
        this.cleanup = cleanup;
    }

    public Database Database { get; }

    public SqlExtractorStore Store { get; }

    /// <summary>
    /// SQLite always; PostgreSQL when <c>EXTRACTOR_TEST_PG</c> is set, and also under CI, where a
    /// missing variable must fail the run instead of silently testing one provider.
    /// </summary>
    public static TheoryData<string> Providers()
    {
        var providers = new TheoryData<string> { "sqlite" };
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } || Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            providers.Add("postgres");
        }

        return providers;
    }

    public static async Task<TestDatabase> CreateAsync(string provider, bool migrate = true)
    {
        var testDatabase = provider == "postgres" ? await CreatePostgresAsync().ConfigureAwait(false) : CreateSqlite();
        if (migrate)
        {
            await new MigrationRunner(testDatabase.Database).MigrateAsync().ConfigureAwait(false);
        }

        return testDatabase;
    }

    public async ValueTask DisposeAsync() => await cleanup().ConfigureAwait(false);

    private static TestDatabase CreateSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), "extractor-tests", Guid.NewGuid().ToString("N") + ".db");
        var database = Database.ForSqliteFile(path);
        return new TestDatabase(database, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"CI is set but {PostgresVariable} is not: set it to a PostgreSQL connection string " +
                "(e.g. Host=127.0.0.1;Username=postgres;Password=postgres;Database=extractor_test) so the PostgreSQL store tests run.");
        }

        var schema = "test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.ExecuteAsync($"CREATE SCHEMA {schema}").ConfigureAwait(false);
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        var database = Database.Create(new StoreOptions(builder.ConnectionString));
        return new TestDatabase(database, async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.ExecuteAsync($"DROP SCHEMA {schema} CASCADE").ConfigureAwait(false);
        });
    }
}
