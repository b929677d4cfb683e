using System.CommandLine;
using Cronos;
using Extractor.Data;
using Extractor.Data.Export;
using Extractor.Ingest.Exports;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>exports add|list|run</c>: scheduled exports into a folder. Each is a recurring Hangfire job
/// (<c>export:NAME</c>) run by <c>serve</c>; its cursor lives in the database, so every run writes only what is new.
/// </summary>
public static class ExportsCommand
{
    public static Command Create() => new("exports", "Manage scheduled exports into a folder.") { CreateAdd(), CreateList(), CreateRun() };

    private static Command CreateAdd()
    {
        var name = new Option<string>("--name") { Description = "Unique name; also the file name prefix.", Required = true };
        var format = new Option<string>("--format") { Description = string.Join(", ", FactExporters.Formats) + ".", Required = true };
        format.AcceptOnlyFromAmong([.. FactExporters.Formats]);
        var kind = new Option<string?>("--kind") { Description = "event, entity or mention (default: entity and event facts)." };
        kind.AcceptOnlyFromAmong([.. ExportQuery.Kinds]);
        var folder = new Option<DirectoryInfo>("--folder") { Description = "Folder the files and manifests are written to.", Required = true };
        var cron = new Option<string>("--cron") { Description = "When to run, as a cron expression (e.g. '0 * * * *').", Required = true };
        var command = new Command("add", "Add or update a scheduled export; a new one starts from the beginning.") { name, format, kind, folder, cron };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var export = new ScheduledExportRecord
            {
                Name = parseResult.GetValue(name)!,
                Format = parseResult.GetValue(format)!,
                Kind = parseResult.GetValue(kind),
                Folder = parseResult.GetValue(folder)!.FullName,
                Cron = parseResult.GetValue(cron)!,
            };
            await using var services = await IngestServices.StartAsync(cancellationToken).ConfigureAwait(false);
            var store = services.GetRequiredService<IExtractorStore>();
            var problem = CronExpression.TryParse(export.Cron, CronFormat.Standard, out _)
                ? FactExporters.Create(export.Format, store)!.Validate(new ExportQuery { Kind = export.Kind })
                : $"bad --cron '{export.Cron}'";
            if (problem is not null)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync("exports add: " + problem).ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            await store.SaveScheduledExportAsync(export, cancellationToken).ConfigureAwait(false);
            services.GetRequiredService<ExportScheduler>().Schedule(export);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{export.Name}\t{ExportScheduler.JobIdFor(export.Name)}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List scheduled exports: name, format, kind, folder, cron, cursor, last run, last count, last file (tab-separated).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await IngestServices.StartAsync(cancellationToken).ConfigureAwait(false);
            foreach (var export in await services.GetRequiredService<IExtractorStore>().ListScheduledExportsAsync(cancellationToken).ConfigureAwait(false))
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                    $"{export.Name}\t{export.Format}\t{export.Kind ?? "facts"}\t{export.Folder}\t{export.Cron}\t{export.Cursor}\t{export.LastRunAt:O}\t{export.LastCount}\t{export.LastFile}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateRun()
    {
        var name = new Option<string>("--name") { Description = "The scheduled export to run now.", Required = true };
        var command = new Command("run", "Run a scheduled export now, as its job would: only rows changed since its last run.") { name };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await IngestServices.StartAsync(cancellationToken).ConfigureAwait(false);
            var store = services.GetRequiredService<IExtractorStore>();
            var exportName = parseResult.GetValue(name)!;
            if (await store.GetScheduledExportAsync(exportName, cancellationToken).ConfigureAwait(false) is null)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"exports run: no scheduled export named '{exportName}'").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            var (result, file) = await new ScheduledExportRunner(store).RunAsync(exportName, cancellationToken).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                file is null ? $"Nothing new since cursor {result.Cursor}" : $"Exported {result.Count} rows to {file}; cursor now {result.Cursor}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
