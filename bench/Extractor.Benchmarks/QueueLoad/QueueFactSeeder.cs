using Extractor.Data.Model;
using Npgsql;
using NpgsqlTypes;

namespace Extractor.Benchmarks.QueueLoad;

/// <summary>
/// Fills a migrated PostgreSQL schema with one source, <c>facts / FactsPerArticle</c> articles and
/// <c>facts</c> pending facts through binary COPY (seconds, not minutes, for 100,000 rows).
/// </summary>
internal static class QueueFactSeeder
{
    public const int FactsPerArticle = 100;

    /// <summary>Returns the source id; facts are 70% events, confidence uniform in [0, 1), created over the last 60 days.</summary>
    public static async Task<long> SeedAsync(string connectionString, int facts, int seed)
    {
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO sources (name, kind, location, created_at) VALUES ('load-queue', 'folder', '/tmp/load-queue', now()) RETURNING id", connection))
        {
            var sourceId = (long)(await insert.ExecuteScalarAsync())!;
            var articles = (facts + FactsPerArticle - 1) / FactsPerArticle;
            var articleIds = new List<long>(articles);
            await using (var writer = await connection.BeginBinaryImportAsync(
                "COPY articles (source_id, url, content_hash, title, text, state, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < articles; i++)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(sourceId, NpgsqlDbType.Bigint);
                    await writer.WriteAsync($"https://load.example/{i}", NpgsqlDbType.Text);
                    await writer.WriteAsync($"hash{i}", NpgsqlDbType.Text);
                    await writer.WriteAsync($"Article {i}", NpgsqlDbType.Text);
                    await writer.WriteAsync("Synthetic article for the queue load test.", NpgsqlDbType.Text);
                    await writer.WriteAsync(ArticleState.Extracted, NpgsqlDbType.Text);
                    await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                }

                await writer.CompleteAsync();
            }

            await using (var ids = new NpgsqlCommand("SELECT id FROM articles WHERE source_id = @s ORDER BY id", connection))
            {
                ids.Parameters.AddWithValue("s", sourceId);
                await using var reader = await ids.ExecuteReaderAsync();
                while (await reader.ReadAsync()) articleIds.Add(reader.GetInt64(0));
            }

            await using (var writer = await connection.BeginBinaryImportAsync(
                "COPY facts (kind, subject_id, article_id, status, extracted_json, values_json, confidence, version, change_seq, pipeline_version, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < facts; i++)
                {
                    var kind = random.NextDouble() < 0.7 ? FactKind.Event : FactKind.Entity;
                    var values = kind == FactKind.Event
                        ? $"{{\"type\":\"assault\",\"actor\":\"Q{i % 997}\",\"date\":\"2025-03-{1 + i % 28:00}\",\"place\":null}}"
                        : $"{{\"name\":\"Entity {i % 997}\",\"type\":\"org\"}}";
                    await writer.StartRowAsync();
                    await writer.WriteAsync(kind, NpgsqlDbType.Text);
                    await writer.WriteAsync(kind == FactKind.Event ? $"ev{i}" : $"Q{i}", NpgsqlDbType.Text);
                    await writer.WriteAsync(articleIds[i / FactsPerArticle], NpgsqlDbType.Bigint);
                    await writer.WriteAsync(FactStatus.Pending, NpgsqlDbType.Text);
                    await writer.WriteAsync(values, NpgsqlDbType.Text);
                    await writer.WriteAsync(values, NpgsqlDbType.Text);
                    await writer.WriteAsync(random.NextDouble(), NpgsqlDbType.Double);
                    await writer.WriteAsync(1, NpgsqlDbType.Integer);
                    await writer.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                    await writer.WriteAsync("load-queue", NpgsqlDbType.Text);
                    await writer.WriteAsync(now.AddMinutes(-random.Next(60 * 24 * 60)), NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                }

                await writer.CompleteAsync();
            }

            await using var analyze = new NpgsqlCommand("ANALYZE", connection);
            await analyze.ExecuteNonQueryAsync();
            return sourceId;
        }
    }
}
