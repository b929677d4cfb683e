using System.CommandLine;
using Extractor.Data;
using Extractor.Data.Model;
using Extractor.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>demo</c>: registers a folder of articles as a source, crawls and extracts it through Hangfire in
/// this process, and prints what the store now holds. Uses the embedded SQLite store unless
/// <c>EXTRACTOR_DB</c> or <c>ConnectionStrings__Extractor</c> names a database.
/// </summary>
public static class DemoCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static Command Create()
    {
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "Folder of .html/.htm/.txt articles (default: ../shared/seeds beside the repository)." };
        var command = new Command("demo", "Crawl, extract and store a folder of articles, then print a summary.") { folder };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetValue(folder)?.FullName, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? folder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        folder ??= SeedFolder.Find(Directory.GetCurrentDirectory());
        if (folder is null || !Directory.Exists(folder))
        {
            await error.WriteLineAsync($"demo: no article folder found ({folder ?? "shared/seeds not found above the current directory"}); pass --folder DIR").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        await using var services = await IngestServices.StartAsync(cancellationToken).ConfigureAwait(false);
        var runner = services.GetRequiredService<IngestRunner>();
        var store = services.GetRequiredService<IExtractorStore>();
        var source = new SourceRecord { Name = "folder:" + folder, Kind = SourceKind.Folder, Location = folder, Cron = "0 * * * *" };
        var sourceId = await store.SaveSourceAsync(source, cancellationToken).ConfigureAwait(false);
        var scheduler = services.GetRequiredService<SourceScheduler>();
        scheduler.Schedule((await store.GetSourceAsync(sourceId, cancellationToken).ConfigureAwait(false))!);
        scheduler.ScheduleSweeper();

        StoreSummary summary;
        try
        {
            summary = await runner.CrawlAndWaitAsync(sourceId, Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
            await error.WriteLineAsync($"demo: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.SomeInputsFailed;
        }

        var database = services.GetRequiredService<Database>();
        await WriteSummaryAsync(output, database, folder, summary).ConfigureAwait(false);
        return summary.ArticlesByState.ContainsKey(ArticleState.Failed) ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static async Task WriteSummaryAsync(TextWriter output, Database database, string folder, StoreSummary summary)
    {
        var where = database.Provider == DatabaseProvider.Sqlite ? "SQLite " + Path.GetFullPath(Path.Combine("data", Database.DefaultSqliteFile)) : "PostgreSQL";
        await output.WriteLineAsync($"Store:    {where}").ConfigureAwait(false);
        await output.WriteLineAsync($"Source:   {folder}").ConfigureAwait(false);
        await output.WriteLineAsync($"Articles: {summary.Articles} ({Counts(summary.ArticlesByState)})").ConfigureAwait(false);
        await output.WriteLineAsync($"Entities: {summary.EntitiesByType.Values.Sum()} ({Counts(summary.EntitiesByType)})").ConfigureAwait(false);
        await output.WriteLineAsync($"Events:   {summary.EventsByType.Values.Sum()} ({Counts(summary.EventsByType)})").ConfigureAwait(false);
        await output.WriteLineAsync($"Facts:    {summary.FactsByStatus.Values.Sum()} ({Counts(summary.FactsByStatus)})").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Next:").ConfigureAwait(false);
        await output.WriteLineAsync("  review the pending facts in the review app, then export the approved ones:").ConfigureAwait(false);
        await output.WriteLineAsync("  dotnet run --project src/Extractor.Cli -- export --format jsonl --out facts.jsonl").ConfigureAwait(false);
        await output.WriteLineAsync("  or everything, reviewed or not:").ConfigureAwait(false);
        await output.WriteLineAsync("  dotnet run --project src/Extractor.Cli -- export --format jsonl --all-statuses --out all-facts.jsonl").ConfigureAwait(false);
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}"));
}
