using System.Data.Common;

namespace Extractor.Data;

/// <summary>
/// The few places where PostgreSQL and SQLite SQL differ. Everything else (ON CONFLICT, RETURNING,
/// Dapper list parameters) is written once in portable SQL.
/// </summary>
public abstract class SqlDialect
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>A database-generated BIGINT primary key column type.</summary>
    public abstract string IdentityColumn { get; }

    public abstract string BlobType { get; }

    public abstract string RealType { get; }

    public abstract string BooleanType { get; }

    public abstract string TimestampType { get; }

    /// <summary>Appended to a row-claiming SELECT so concurrent claimers skip each other's rows.</summary>
    public abstract string SkipLockedSuffix { get; }

    /// <summary>
    /// "<paramref name="column"/> is one of the list parameter <paramref name="parameter"/>". Dapper sends lists
    /// to Npgsql as one array parameter, but expands them into <c>IN (...)</c> for SQLite.
    /// </summary>
    public abstract string InList(string column, string parameter);

    /// <summary>The negation of <see cref="InList"/>.</summary>
    public abstract string NotInList(string column, string parameter);

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Replaces the type placeholders (<c>{id}</c>, <c>{blob}</c>...) of a migration script.</summary>
    public string ExpandTypes(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        return sql
            .Replace("{id}", IdentityColumn, StringComparison.Ordinal)
            .Replace("{blob}", BlobType, StringComparison.Ordinal)
            .Replace("{real}", RealType, StringComparison.Ordinal)
            .Replace("{bool}", BooleanType, StringComparison.Ordinal)
            .Replace("{timestamp}", TimestampType, StringComparison.Ordinal);
    }
}
