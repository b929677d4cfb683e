using System.Text.Json.Nodes;
using Dapper;
using Extractor.Data.Model;

namespace Extractor.Data;

public sealed partial class SqlExtractorStore
{
    private const string FactColumns =
        "id, kind, subject_id, article_id, status, extracted_json, values_json, confidence, version, change_seq, pipeline_version, decided_by, decided_at";

    public async Task<FactRecord?> GetFactAsync(long factId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<FactRecord>(
            $"SELECT {FactColumns} FROM facts WHERE id = @factId", new { factId }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FactRecord>> ListFactsAsync(string? status, long afterId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var statusFilter = status is null ? string.Empty : "AND status = @status";
        var facts = await connection.QueryAsync<FactRecord>(
            $"SELECT {FactColumns} FROM facts WHERE id > @afterId {statusFilter} ORDER BY id LIMIT @limit",
            new { status, afterId, limit }).ConfigureAwait(false);
        return facts.AsList();
    }
}
