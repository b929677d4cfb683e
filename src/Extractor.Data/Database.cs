using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Extractor.Data;

/// <summary>
/// The store's connection factory: PostgreSQL when a connection string names one, else an embedded
/// SQLite file. Every caller opens short-lived connections through <see cref="OpenAsync"/>.
/// </summary>
public sealed class Database
{
    public const string DefaultSqliteFile = "extractor.db";

    private Database(SqlDialect dialect, string connectionString)
    {
        Dialect = dialect;
        ConnectionString = connectionString;
    }

    public SqlDialect Dialect { get; }

    public string ConnectionString { get; }

    public DatabaseProvider Provider => Dialect.Provider;

    /// <summary>"Data Source=x.db" or a bare *.db path selects SQLite; anything else is PostgreSQL.</summary>
    public static Database Create(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        TimestampHandler.Register();
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Directory.CreateDirectory(options.DefaultDataDirectory);
            return ForSqliteFile(Path.Combine(options.DefaultDataDirectory, DefaultSqliteFile));
        }

        if (connectionString.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return ForSqliteFile(new SqliteConnectionStringBuilder(connectionString).DataSource);
        }

        if (connectionString.EndsWith(".db", StringComparison.OrdinalIgnoreCase))
        {
            return ForSqliteFile(connectionString);
        }

        return new Database(new PostgreSqlDialect(), connectionString);
    }

    public static Database ForSqliteFile(string path)
    {
        TimestampHandler.Register();
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            ForeignKeys = true,
            DefaultTimeout = 60,
            Pooling = true,
        };
        return new Database(new SqliteDialect(), builder.ConnectionString);
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
