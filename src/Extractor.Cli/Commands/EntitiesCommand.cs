using System.CommandLine;
using System.Globalization;
using Extractor.Data;
using Extractor.Data.Migrations;
using Extractor.Data.Registry;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>entities list|show|merge|split|undo</c>: the cross-article entity registry. Output is tab-separated;
/// every change is recorded in the entity history under <c>--user</c>.
/// </summary>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var options = new EntitiesCommandOptions(
            new Option<string?>("--db")
            {
                Description = "PostgreSQL connection string or SQLite *.db file (default: EXTRACTOR_DB, else the embedded SQLite file).",
                Recursive = true,
            },
            new Option<string>("--user")
            {
                Description = "Name recorded in the entity history (default: the OS user).",
                DefaultValueFactory = _ => Environment.UserName,
                Recursive = true,
            });
        return new Command("entities", "Search, inspect, merge, split and undo changes of registry entities.")
        {
            options.Database, options.User,
            CreateList(options), CreateShow(options), CreateMerge(options), CreateSplit(options), CreateUndo(options),
        };
    }

    private static Command CreateList(EntitiesCommandOptions options)
    {
        var query = new Option<string>("--query", "-q") { Description = "Name or alias prefix (accents and punctuation ignored).", DefaultValueFactory = _ => string.Empty };
        var limit = new Option<int>("--limit") { Description = "Most entities to list.", DefaultValueFactory = _ => 50 };
        var command = new Command("list", "List live entities: id, type, name, country, mentions (tab-separated).") { query, limit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var store = await OpenAsync(parseResult, options, cancellationToken).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var entity in await store.SearchEntitiesAsync(parseResult.GetValue(query)!, parseResult.GetValue(limit), cancellationToken).ConfigureAwait(false))
            {
                await output.WriteLineAsync(string.Join('\t', entity.Id, entity.Type, entity.Name, entity.Country ?? "-", entity.MentionCount)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateShow(EntitiesCommandOptions options)
    {
        var id = new Argument<string>("ID") { Description = "Entity id (see 'entities list')." };
        var command = new Command("show", "Show an entity's fields, aliases, articles and history.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var store = await OpenAsync(parseResult, options, cancellationToken).ConfigureAwait(false);
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var detail = await store.GetEntityAsync(parseResult.GetValue(id)!, cancellationToken).ConfigureAwait(false);
            if (detail is null)
            {
                await error.WriteLineAsync($"entities show: no entity {parseResult.GetValue(id)}").ConfigureAwait(false);
                return ExitCodes.SomeInputsFailed;
            }

            var entity = detail.Entity;
            await output.WriteLineAsync(
                $"""
                id          {entity.Id}
                name        {entity.Name}
                type        {entity.Type}
                country     {entity.Country ?? "-"}  region {entity.Admin1 ?? "-"}
                external id {entity.ExternalId ?? "-"}  wikidata {entity.WikidataId ?? "-"}
                merged into {entity.MergedInto ?? "-"}
                mentions    {entity.MentionCount}
                aliases     {string.Join("; ", detail.Aliases)}
                """).ConfigureAwait(false);
            foreach (var article in detail.Articles)
            {
                await output.WriteLineAsync($"article\t{article.ArticleId}\t{article.Mentions}\t{article.Url}").ConfigureAwait(false);
            }

            foreach (var entry in detail.History)
            {
                await output.WriteLineAsync(string.Join('\t',
                    "history", entry.Id, entry.At.ToString("u", CultureInfo.InvariantCulture), entry.Username, entry.Operation, entry.EntityId, entry.RelatedId ?? "-"))
                    .ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateMerge(EntitiesCommandOptions options)
    {
        var from = new Argument<string>("FROM") { Description = "Entity to merge away (kept as a redirect)." };
        var into = new Argument<string>("INTO") { Description = "Entity that receives its aliases, mentions, events and facts." };
        var command = new Command("merge", "Merge one entity into another.") { from, into };
        command.SetAction((parseResult, cancellationToken) => ChangeAsync(parseResult, options, "merge", async store =>
        {
            var historyId = await store.MergeEntitiesAsync(parseResult.GetValue(from)!, parseResult.GetValue(into)!, parseResult.GetValue(options.User)!, cancellationToken).ConfigureAwait(false);
            return $"Merged {parseResult.GetValue(from)} into {parseResult.GetValue(into)} (history {historyId}; undo with 'entities undo {historyId}')";
        }, cancellationToken));
        return command;
    }

    private static Command CreateSplit(EntitiesCommandOptions options)
    {
        var id = new Argument<string>("ID") { Description = "Entity to split." };
        var name = new Option<string>("--name") { Description = "Canonical name of the new entity.", Required = true };
        var aliases = new Option<string[]>("--alias") { Description = "An alias to move (repeatable); mentions spelled like it move too.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("split", "Move some aliases and their mentions of an entity into a new entity.") { id, name, aliases };
        command.SetAction((parseResult, cancellationToken) => ChangeAsync(parseResult, options, "split", async store =>
        {
            var (created, historyId) = await store.SplitEntityAsync(
                parseResult.GetValue(id)!, parseResult.GetValue(name)!, parseResult.GetValue(aliases) ?? [], parseResult.GetValue(options.User)!, cancellationToken).ConfigureAwait(false);
            return $"Split {created.Id} ({created.MentionCount} mentions) from {parseResult.GetValue(id)} (history {historyId}; undo with 'entities undo {historyId}')";
        }, cancellationToken));
        return command;
    }

    private static Command CreateUndo(EntitiesCommandOptions options)
    {
        var historyId = new Argument<long>("HISTORY_ID") { Description = "History id of a merge or split (see 'entities show')." };
        var command = new Command("undo", "Revert a merge or split.") { historyId };
        command.SetAction((parseResult, cancellationToken) => ChangeAsync(parseResult, options, "undo", async store =>
        {
            var undoId = await store.UndoEntityOperationAsync(parseResult.GetValue(historyId), parseResult.GetValue(options.User)!, cancellationToken).ConfigureAwait(false);
            return $"Undid history {parseResult.GetValue(historyId)} (history {undoId})";
        }, cancellationToken));
        return command;
    }

    private static async Task<int> ChangeAsync(ParseResult parseResult, EntitiesCommandOptions options, string name, Func<IExtractorStore, Task<string>> change, CancellationToken cancellationToken)
    {
        var store = await OpenAsync(parseResult, options, cancellationToken).ConfigureAwait(false);
        try
        {
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(await change(store).ConfigureAwait(false)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (EntityRegistryException exception)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"entities {name}: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.SomeInputsFailed;
        }
    }

    private static async Task<IExtractorStore> OpenAsync(ParseResult parseResult, EntitiesCommandOptions options, CancellationToken cancellationToken)
    {
        var database = Database.Create(parseResult.GetValue(options.Database) is { Length: > 0 } db ? new StoreOptions(db) : StoreOptions.FromEnvironment());
        await new MigrationRunner(database).MigrateAsync(cancellationToken).ConfigureAwait(false);
        return new SqlExtractorStore(database);
    }
}
