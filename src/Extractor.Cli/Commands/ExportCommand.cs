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
        var format = new Option<string>("--format") { Description = string.Join(", ", FactExporters.Formats) + ".", Required = true };
        format.AcceptOnlyFromAmong([.. FactExporters.Formats]);
        var since = new Option<long>("--since") { Description = "Only facts changed after this cursor (printed by the previous export).", DefaultValueFactory = _ => 0 };
        var allStatuses = new Option<bool>("--all-statuses") { Description = "Also export pending and rejected facts." };
        var output = new Option<FileInfo>("--out") { Description = "File to write.", Required = true };
        var kind = new Option<string?>("--kind") { Description = "event, entity or mention (default: entity and event facts; plover and acled need event)." };
        kind.AcceptOnlyFromAmong([.. ExportQuery.Kinds]);
        var from = new Option<DateOnly?>("--from") { Description = "Events dated on or after this day (yyyy-MM-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Events dated on or before this day (yyyy-MM-dd)." };
        var eventType = new Option<string?>("--event-type") { Description = "Events of this PLOVER type, e.g. ASSAULT." };
        var source = new Option<string?>("--source") { Description = "Facts from articles of this source (by name)." };
        var entity = new Option<string?>("--entity") { Description = "Facts about this entity id (its entity fact, mentions, and events it is in)." };
        var command = new Command("export", "Export reviewed facts with their provenance.")
        {
            format, since, allStatuses, output, kind, from, to, eventType, source, entity,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var configuration = parseResult.InvocationConfiguration;
            var query = new ExportQuery
            {
                Kind = parseResult.GetValue(kind),
                SinceCursor = parseResult.GetValue(since),
                AllStatuses = parseResult.GetValue(allStatuses),
                From = parseResult.GetValue(from),
                To = parseResult.GetValue(to),
                EventType = parseResult.GetValue(eventType),
                Source = parseResult.GetValue(source),
                Entity = parseResult.GetValue(entity),
            };
            var database = Database.Create(StoreOptions.FromEnvironment());
            var store = new SqlExtractorStore(database);
            var exporter = FactExporters.Create(parseResult.GetValue(format), store)!;
            if (exporter.Validate(query) is { } problem)
            {
                await configuration.Error.WriteLineAsync(problem).ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            await new MigrationRunner(database).MigrateAsync(cancellationToken).ConfigureAwait(false);
            var path = parseResult.GetValue(output)!.FullName;
            var result = await exporter.WriteFileAsync(path, query, cancellationToken).ConfigureAwait(false);
            await configuration.Output.WriteLineAsync($"Exported {result.Count} facts to {path}; next cursor: --since {result.Cursor}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
