using System.CommandLine;
using Extractor.Data;
using Extractor.Ingest;
using Extractor.Ingest.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>crawl-worker ID</c> (hidden): one worker's share of a crawl, run in this process without Hangfire —
/// crawl the source, then extract what this process fetched. Several of these on one PostgreSQL store share
/// per-host politeness and page claims through the database; the scale-out tests start them as processes.
/// </summary>
public static class CrawlWorkerCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("ID") { Description = "Source id." };
        var command = new Command("crawl-worker", "Crawl one source and extract what this process fetched (scale-out worker).") { id };
        command.Hidden = true;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            await using var services = await IngestServices.StartAsync(cancellationToken).ConfigureAwait(false);
            var source = await services.GetRequiredService<IExtractorStore>().GetSourceAsync(parseResult.GetValue(id), cancellationToken).ConfigureAwait(false);
            if (source is null)
            {
                await error.WriteLineAsync($"crawl-worker: no source {parseResult.GetValue(id)}").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            var outcome = await services.GetRequiredService<WebSourceCrawler>().CrawlAsync(source, cancellationToken).ConfigureAwait(false);
            var job = services.GetRequiredService<ProcessArticlesJob>();
            var extracted = 0;
            foreach (var batch in outcome.Changed.Chunk(services.GetRequiredService<IngestOptions>().BatchSize))
            {
                extracted += await job.Run(batch).ConfigureAwait(false);
            }

            await output.WriteLineAsync($"fetched {outcome.Changed.Count} extracted {extracted} failed {outcome.Failures.Count}").ConfigureAwait(false);
            return outcome.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
