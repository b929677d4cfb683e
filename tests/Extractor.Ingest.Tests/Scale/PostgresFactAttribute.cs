namespace Extractor.Ingest.Tests.Scale;

/// <summary>
/// A fact that needs PostgreSQL: skipped when <c>EXTRACTOR_TEST_PG</c> is not set, except under CI, where it
/// runs (and fails on the missing variable) so a misconfigured pipeline cannot silently skip it.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(PostgresSchema.Variable) is not { Length: > 0 } && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            Skip = $"{PostgresSchema.Variable} is not set (PostgreSQL not configured)";
        }
    }
}
