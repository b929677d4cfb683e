using System.CommandLine;
using Extractor.Data;
using Extractor.Data.Export;
using Extractor.Data.Migrations;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>export</c>: approved (and corrected) facts changed after a cursor, with provenance, written
/// atomically to a file with a manifest beside it. Prints the cursor to pass as <c>--since</c> next time.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "jsonl, csv or parquet.", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var since = new Option<long>("--since") { Description = "Only facts changed after this cursor (printed by the previous export).", DefaultValueFactory = _ => 0 };
        var allStatuses = new Option<bool>("--all-statuses") { Description = "Also export pending and rejected facts." };
        var output = new Option<FileInfo>("--out") { Description = "File to write.", Required = true };
        var command = new Command("export", "Export reviewed facts with their provenance.") { format, since, allStatuses, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var configuration = parseResult.InvocationConfiguration;
            var database = Database.Create(StoreOptions.FromEnvironment());
            await new MigrationRunner(database).MigrateAsync(cancellationToken).ConfigureAwait(false);
            var path = parseResult.GetValue(output)!.FullName;
            var store = new SqlExtractorStore(database);
            FactExporter exporter = parseResult.GetValue(format) switch
            {
                "csv" => new CsvExporter(store),
                "parquet" => new ParquetExporter(store),
                _ => new JsonlExporter(store),
            };
            var result = await exporter.WriteFileAsync(path, parseResult.GetValue(since), parseResult.GetValue(allStatuses), cancellationToken).ConfigureAwait(false);
            await configuration.Output.WriteLineAsync($"Exported {result.Count} facts to {path}; next cursor: --since {result.Cursor}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
