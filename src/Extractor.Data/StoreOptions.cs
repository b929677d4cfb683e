namespace Extractor.Data;

/// <summary>
/// Where the store lives. A null or empty connection string means the embedded default: a SQLite
/// file under <see cref="DefaultDataDirectory"/>.
/// </summary>
public sealed record StoreOptions(string? ConnectionString, string DefaultDataDirectory = "data")
{
    public const string EnvironmentVariable = "EXTRACTOR_DB";
    public const string ConfigurationVariable = "ConnectionStrings__Extractor";

    /// <summary>Reads <c>EXTRACTOR_DB</c>, then <c>ConnectionStrings__Extractor</c>.</summary>
    public static StoreOptions FromEnvironment()
    {
        var connectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = Environment.GetEnvironmentVariable(ConfigurationVariable);
        }

        return new StoreOptions(string.IsNullOrWhiteSpace(connectionString) ? null : connectionString);
    }
}
