using System.Diagnostics;
using System.Globalization;
using Extractor.Data;
using Extractor.Data.Export;
using Extractor.Data.Migrations;
using Extractor.Data.Model;
using Npgsql;

namespace Extractor.Benchmarks;

/// <summary>
/// Must-show 2 of issue 6, a bounded run rather than a BenchmarkDotNet job (loading a million rows per
/// iteration would take hours): loads approved events into a fresh PostgreSQL schema, exports them in every
/// format and times PostgreSQL's own <c>COPY (SELECT …) TO STDOUT</c> of the same rows, at 100k rows and at
/// the full count, printing rows/s, the ratio to COPY and peak memory.
/// Usage: <c>export-load [--rows N] [--pg CONNECTION]</c> (or EXTRACTOR_BENCH_PG).
/// </summary>
public static class ExportLoadRunner
{
    private const string Schema = "export_bench";

    // The rows the exporters stream for an event export (SqlExtractorStore.StreamExportAsync), as CSV text.
    private const string CopySql =
        """
        COPY (SELECT f.id, f.kind, f.subject_id, f.status, f.values_json, f.confidence, f.version, f.change_seq, f.pipeline_version,
            f.decided_by, f.decided_at, f.article_id, a.url AS article_url, e.evidence_start, e.evidence_end, e.evidence_text
        FROM facts f
        JOIN articles a ON a.id = f.article_id
        LEFT JOIN events e ON f.kind = 'event' AND e.article_id = f.article_id AND e.event_key = f.subject_id
        WHERE f.change_seq > 0 AND f.kind = 'event' AND (f.status IN ('approved', 'corrected'))
        ORDER BY f.change_seq, f.id) TO STDOUT (FORMAT csv)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = int.Parse(Argument(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
        var connectionString = Argument(args, "--pg") ?? Environment.GetEnvironmentVariable("EXTRACTOR_BENCH_PG")
            ?? throw new ArgumentException("Give --pg or EXTRACTOR_BENCH_PG (a PostgreSQL connection string).");
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync();
            await using var reset = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema}", admin);
            await reset.ExecuteNonQueryAsync();
        }

        var benchConnection = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = Schema, CommandTimeout = 0 }.ConnectionString;
        var database = Database.Create(new StoreOptions(benchConnection));
        await new MigrationRunner(database).MigrateAsync();
        var store = new SqlExtractorStore(database);
        var steps = rows > 100_000 ? new[] { 100_000, rows } : [rows];
        Console.WriteLine($"runtime {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine("rows     | format  | seconds | rows/s    | vs COPY | peak working set MB | peak managed heap MB");
        var loaded = 0;
        await using var connection = new NpgsqlConnection(benchConnection);
        await connection.OpenAsync();
        await ExportBenchData.LoadEntitiesAsync(connection);
        foreach (var step in steps)
        {
            var load = Stopwatch.StartNew();
            await ExportBenchData.LoadEventsAsync(connection, loaded, step);
            await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
            {
                await analyze.ExecuteNonQueryAsync();
            }

            Console.WriteLine($"loaded {step - loaded:N0} events with binary COPY in {load.Elapsed.TotalSeconds:F1} s");
            loaded = step;
            foreach (var format in FactExporters.Formats)
            {
                // Warm-up on the last 1,000 rows, so the first timed export does not pay for JIT compilation.
                await FactExporters.Create(format, store)!.WriteAsync(Stream.Null, new ExportQuery { Kind = FactKind.Event, SinceCursor = step - 1000 });
            }

            var copyRate = await MeasureAsync(step, "COPY", null, () => CopyOutAsync(connection));
            foreach (var format in FactExporters.Formats)
            {
                var exporter = FactExporters.Create(format, store)!;
                await MeasureAsync(step, format, copyRate, async () => (await exporter.WriteAsync(Stream.Null, new ExportQuery { Kind = FactKind.Event })).Count);
            }
        }

        return 0;
    }

    private static async Task<double> MeasureAsync(int expected, string name, double? copyRate, Func<Task<long>> run)
    {
        long count;
        var clock = Stopwatch.StartNew();
        using var memory = new ExportMemorySampler();
        count = await run();
        clock.Stop();
        memory.Dispose();
        if (count != expected) throw new InvalidOperationException($"{name} gave {count} rows, expected {expected}");
        var rate = count / clock.Elapsed.TotalSeconds;
        var ratio = copyRate is { } copy ? (rate / copy).ToString("P0", CultureInfo.InvariantCulture) : "-";
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{count,-8} | {name,-7} | {clock.Elapsed.TotalSeconds,7:F2} | {rate,9:F0} | {ratio,7} | {memory.PeakWorkingSet / 1048576.0,19:F0} | {memory.PeakManagedHeap / 1048576.0,20:F0}"));
        return rate;
    }

    private static async Task<long> CopyOutAsync(NpgsqlConnection connection)
    {
        var buffer = new char[65536];
        long lines = 0;
        using var reader = await connection.BeginTextExportAsync(CopySql);
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count('\n');
        }

        return lines;
    }

    private static string? Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
