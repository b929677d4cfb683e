using System.Data.Common;
using Dapper;

namespace Extractor.Data;

/// <summary>
/// <see cref="IExtractorStore"/> over Dapper. The SQL is portable except where <see cref="SqlDialect"/>
/// says otherwise; the methods are split by table group into partial files.
/// </summary>
public sealed partial class SqlExtractorStore : IExtractorStore
{
    private readonly Database database;
    private readonly TimeProvider clock;

    public SqlExtractorStore(Database database, TimeProvider? clock = null)
    {
        this.database = database;
        this.clock = clock ?? TimeProvider.System;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    private DateTimeOffset Now => clock.GetUtcNow();

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);

    /// <summary>
    /// Takes the next fact change number. The counter row stays locked until the transaction ends,
    /// so change numbers become visible in commit order and an export cursor never skips a change.
    /// </summary>
    private static Task<long> NextChangeSeqAsync(DbConnection connection, DbTransaction transaction) =>
        connection.ExecuteScalarAsync<long>(
            "UPDATE counters SET value = value + 1 WHERE name = 'fact_change' RETURNING value", transaction: transaction);
}
