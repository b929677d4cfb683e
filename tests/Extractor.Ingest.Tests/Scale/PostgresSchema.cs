using Npgsql;

namespace Extractor.Ingest.Tests.Scale;

/// <summary>A fresh schema in the PostgreSQL database named by <c>EXTRACTOR_TEST_PG</c>, dropped afterwards.</summary>
public sealed class PostgresSchema : IAsyncDisposable
{
    public const string Variable = "EXTRACTOR_TEST_PG";
    private readonly string server;
    private readonly string name;

    private PostgresSchema(string server, string name)
    {
        this.server = server;
        this.name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = name }.ConnectionString;
    }

    /// <summary>The test database with this schema first on the search path.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresSchema> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"CI is set but {Variable} is not: set it to a PostgreSQL connection string so the scale-out tests run.");
        }

        var schema = new PostgresSchema(server, "ingest_" + Guid.NewGuid().ToString("N"));
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.name}");
        return schema;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP SCHEMA {name} CASCADE");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
