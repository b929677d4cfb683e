using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Extractor.Data;

/// <summary>SQLite serializes writers, so a single conditional UPDATE is already an exclusive claim.</summary>
public sealed class SqliteDialect : SqlDialect
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override string BlobType => "BLOB";

    public override string RealType => "REAL";

    public override string BooleanType => "INTEGER";

    // Timestamps are written as fixed-width UTC ISO 8601 text (see TimestampHandler), so text order is time order.
    public override string TimestampType => "TEXT";

    public override string SkipLockedSuffix => string.Empty;

    public override string InList(string column, string parameter) => $"{column} IN @{parameter}";

    public override string NotInList(string column, string parameter) => $"{column} NOT IN @{parameter}";

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);
}
