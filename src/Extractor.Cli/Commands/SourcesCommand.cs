using System.CommandLine;
using Extractor.Data;
using Extractor.Data.Model;
using Extractor.Ingest;
using Extractor.Ingest.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>sources add|list|remove|run</c>: manages the crawled sources in the store (the one chosen by
/// <c>EXTRACTOR_DB</c> / <c>ConnectionStrings__Extractor</c>, else the embedded SQLite file) and keeps
/// their recurring crawls in Hangfire.
/// </summary>
public static class SourcesCommand
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(30);

    public static Command Create() =>
        new("sources", "Add, list, remove and run crawled sources (folders, feeds, sitemaps, URL lists).")
        {
            CreateAdd(), CreateList(), CreateRemove(), CreateRun(),
        };

    private static Command CreateAdd()
    {
        var feed = new Option<string?>("--feed") { Description = "URL of an RSS or Atom feed." };
        var sitemap = new Option<string?>("--sitemap") { Description = "URL of an XML sitemap or sitemap index." };
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "Folder of .html/.htm/.txt articles." };
        var urls = new Option<FileInfo?>("--urls") { Description = "File with one article URL a line (# starts a comment)." };
        var name = new Option<string?>("--name") { Description = "Unique name (default: kind and location); an existing source with this name is updated." };
        var cron = new Option<string?>("--cron") { Description = "Five-field cron expression (UTC) for recurring crawls; none: crawled only by 'sources run'." };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Let this source reach private and loopback addresses (an intranet feed)." };
        var command = new Command("add", "Add a source, or update the one with the same name.") { feed, sitemap, folder, urls, name, cron, allowPrivate };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var chosen = new (string Kind, string? Location)[]
            {
                (SourceKind.Feed, parseResult.GetValue(feed)),
                (SourceKind.Sitemap, parseResult.GetValue(sitemap)),
                (SourceKind.Folder, parseResult.GetValue(folder)?.FullName),
                (SourceKind.Urls, parseResult.GetValue(urls)?.FullName),
            }.Where(choice => choice.Location is not null).ToList();
            if (chosen.Count != 1)
            {
                await error.WriteLineAsync("sources add: give exactly one of --feed, --sitemap, --folder, --urls").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            var draft = new SourceDraft(chosen[0].Kind, chosen[0].Location!, parseResult.GetValue(name), parseResult.GetValue(cron), parseResult.GetValue(allowPrivate));
            if (SourceManager.Problem(draft) is { } problem)
            {
                await error.WriteLineAsync("sources add: " + problem).ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            await using var services = await IngestServices.StartAsync(cancellationToken).ConfigureAwait(false);
            var source = (await services.GetRequiredService<SourceManager>().SaveAsync(draft, cancellationToken).ConfigureAwait(false)).Source!;
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{source.Id}\t{source.Name}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List sources: id, kind, name, location, cron, allow-private, last run, last error (tab-separated).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await IngestServices.StartAsync(cancellationToken).ConfigureAwait(false);
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var source in await services.GetRequiredService<IExtractorStore>().ListSourcesAsync(cancellationToken).ConfigureAwait(false))
            {
                await output.WriteLineAsync(string.Join('\t',
                    source.Id, source.Kind, source.Name, source.Location, source.Cron ?? "-", source.AllowPrivate ? "private-ok" : "public-only",
                    source.LastRunAt?.ToString("u") ?? "never", source.LastError ?? "-")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateRemove()
    {
        var id = new Argument<long>("ID") { Description = "Source id (see 'sources list')." };
        var command = new Command("remove", "Remove a source that has no stored articles, and its recurring crawl.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var sourceId = parseResult.GetValue(id);
            await using var services = await IngestServices.StartAsync(cancellationToken).ConfigureAwait(false);
            if (await services.GetRequiredService<SourceManager>().RemoveAsync(sourceId, cancellationToken).ConfigureAwait(false) != SourceRemoval.Removed)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"sources remove: source {sourceId} does not exist or has stored articles").ConfigureAwait(false);
                return ExitCodes.SomeInputsFailed;
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Removed source {sourceId}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateRun()
    {
        var id = new Argument<long>("ID") { Description = "Source id (see 'sources list')." };
        var command = new Command("run", "Crawl one source now, extract what it found, and wait until done.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var sourceId = parseResult.GetValue(id);
            await using var services = await IngestServices.StartAsync(cancellationToken).ConfigureAwait(false);
            var store = services.GetRequiredService<IExtractorStore>();
            if (await store.GetSourceAsync(sourceId, cancellationToken).ConfigureAwait(false) is null)
            {
                await error.WriteLineAsync($"sources run: no source {sourceId}").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            StoreSummary summary;
            try
            {
                summary = await services.GetRequiredService<IngestRunner>().CrawlAndWaitAsync(sourceId, RunTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
            {
                await error.WriteLineAsync($"sources run: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.SomeInputsFailed;
            }

            var lastError = (await store.GetSourceAsync(sourceId, cancellationToken).ConfigureAwait(false))?.LastError;
            await output.WriteLineAsync($"Articles in store: {summary.Articles} ({string.Join(", ", summary.ArticlesByState.Select(pair => $"{pair.Key} {pair.Value}"))})").ConfigureAwait(false);
            await output.WriteLineAsync($"Facts in store:    {summary.FactsByStatus.Values.Sum()}").ConfigureAwait(false);
            if (lastError is not null)
            {
                await error.WriteLineAsync($"sources run: {lastError}").ConfigureAwait(false);
            }

            return lastError is null && !summary.ArticlesByState.ContainsKey(ArticleState.Failed) ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
