using System.Globalization;
using Extractor.Core.Dates;
using Extractor.Core.Events;
using Extractor.Data;
using Npgsql;
using NpgsqlTypes;

namespace Extractor.Benchmarks;

/// <summary>
/// Bulk-loads synthetic approved events into a migrated PostgreSQL schema with binary COPY: one article per
/// 100 events, a small pool of actor and place entities, and an event fact per event whose values come from
/// <see cref="FactValues.ForEvent"/>, so the exporters see the same shapes as real data.
/// </summary>
public static class ExportBenchData
{
    public const int EventsPerArticle = 100;
    private const int PlaceCount = 200;
    private const int ActorCount = 500;
    private const string Evidence = "Government troops shelled positions held by the rebels near the border town on Monday, killing several fighters.";

    public static async Task LoadEntitiesAsync(NpgsqlConnection connection)
    {
        var now = DateTimeOffset.UtcNow;
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY entities (id, name, type, country, admin1, lat, lon, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < PlaceCount; i++)
            {
                await import.WriteRowAsync(default, Place(i), $"Place {i}", "place", "CO", "CO-" + (i % 30), 4.0 + (i % 90) * 0.05, -74.0 + (i % 60) * 0.05, now, now);
            }

            for (var i = 0; i < ActorCount; i++)
            {
                await import.WriteRowAsync(default, Actor(i), $"Actor group {i}", i % 2 == 0 ? "group" : "leader", "CO", null, null, null, now, now);
            }

            await import.CompleteAsync();
        }

        await using var source = new NpgsqlCommand("INSERT INTO sources (id, name, kind, location, created_at) VALUES (1, 'bench', 'folder', '/bench', now())", connection);
        await source.ExecuteNonQueryAsync();
    }

    /// <summary>Adds events <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), their articles and approved facts.</summary>
    public static async Task LoadEventsAsync(NpgsqlConnection connection, int from, int to)
    {
        var now = DateTimeOffset.UtcNow;
        await using (var articles = await connection.BeginBinaryImportAsync(
            "COPY articles (id, source_id, url, content_hash, state, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var article = from / EventsPerArticle; article < to / EventsPerArticle; article++)
            {
                await articles.WriteRowAsync(default, (long)article + 1, 1L, $"https://news.example/bench/{article + 1}", "hash" + article, "extracted", now, now);
            }

            await articles.CompleteAsync();
        }

        await using (var events = await connection.BeginBinaryImportAsync(
            """
            COPY events (id, article_id, event_key, type, mode, trigger_text, trigger_start, trigger_end, place_id, event_date, date_precision,
                status, killed, evidence_start, evidence_end, evidence_text, confidence, pipeline_version) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = from; i < to; i++)
            {
                var date = Date(i);
                await events.StartRowAsync();
                await events.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                await events.WriteAsync(ArticleId(i), NpgsqlDbType.Bigint);
                await events.WriteAsync(EventKey(i), NpgsqlDbType.Text);
                await events.WriteAsync("ASSAULT", NpgsqlDbType.Text);
                await events.WriteAsync("heavy-weapons", NpgsqlDbType.Text);
                await events.WriteAsync("shelled", NpgsqlDbType.Text);
                await events.WriteAsync(25, NpgsqlDbType.Integer);
                await events.WriteAsync(32, NpgsqlDbType.Integer);
                await events.WriteAsync(Place(i % PlaceCount), NpgsqlDbType.Text);
                await events.WriteAsync(date.ToString(), NpgsqlDbType.Text);
                await events.WriteAsync("day", NpgsqlDbType.Text);
                await events.WriteAsync("occurred", NpgsqlDbType.Text);
                await events.WriteAsync(i % 13, NpgsqlDbType.Integer);
                await events.WriteAsync(0, NpgsqlDbType.Integer);
                await events.WriteAsync(Evidence.Length, NpgsqlDbType.Integer);
                await events.WriteAsync(Evidence, NpgsqlDbType.Text);
                await events.WriteAsync(0.8, NpgsqlDbType.Double);
                await events.WriteAsync("bench-1", NpgsqlDbType.Text);
            }

            await events.CompleteAsync();
        }

        await using (var facts = await connection.BeginBinaryImportAsync(
            """
            COPY facts (id, kind, subject_id, article_id, status, extracted_json, values_json, confidence, version, change_seq,
                pipeline_version, decided_by, decided_at, created_at, updated_at) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = from; i < to; i++)
            {
                var values = FactValues.ForEvent(Event(i));
                await facts.WriteRowAsync(
                    default, (long)i + 1, "event", EventKey(i), ArticleId(i), "approved", values, values, 0.8, 2, (long)i + 1, "bench-1", "reviewer" + (i % 7), now, now, now);
            }

            await facts.CompleteAsync();
        }

        await using var counter = new NpgsqlCommand($"UPDATE counters SET value = {to} WHERE name = 'fact_change'", connection);
        await counter.ExecuteNonQueryAsync();
    }

    private static Event Event(int i) => new(
        EventKey(i), PloverType.Assault, "heavy-weapons", "shelled", 25, 32, [Actor(i % ActorCount)], [Actor((i + 1) % ActorCount)],
        Place(i % PlaceCount), Date(i), EventStatus.Occurred, new Quantities(Killed: i % 13), new Evidence(0, Evidence.Length, Evidence), 0.8);

    private static PartialDate Date(int i) => PartialDate.Day(2020 + i % 5, 1 + i % 12, 1 + i % 28);

    private static long ArticleId(int i) => (i / EventsPerArticle) + 1;

    private static string EventKey(int i) => "evt-" + (i % EventsPerArticle).ToString(CultureInfo.InvariantCulture);

    private static string Place(int i) => "geo:" + (3_000_000 + i).ToString(CultureInfo.InvariantCulture);

    private static string Actor(int i) => "group:bench-" + i.ToString(CultureInfo.InvariantCulture);
}
