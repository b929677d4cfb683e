using System.CommandLine;
using System.Globalization;
using Extractor.Data;
using Extractor.Ingest;
using Extractor.Ingest.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>reprocess</c>: re-parses the stored raw pages with the current parser and runs the pipeline again in
/// this process. Facts whose extracted values did not change keep their review.
/// </summary>
public static class ReprocessCommand
{
    public static Command Create()
    {
        var source = new Option<long?>("--source") { Description = "Only articles of this source id." };
        var since = new Option<string?>("--since") { Description = "Only articles first stored on or after this date (yyyy-MM-dd, UTC)." };
        var all = new Option<bool>("--all") { Description = "Every stored article (required when no filter is given)." };
        var command = new Command("reprocess", "Re-parse stored raw pages and re-run extraction; unchanged facts keep their review.") { source, since, all };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var sourceId = parseResult.GetValue(source);
            var sinceText = parseResult.GetValue(since);
            DateTimeOffset? sinceDate = null;
            if (sinceText is not null)
            {
                if (!DateTimeOffset.TryParseExact(sinceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    await error.WriteLineAsync($"reprocess: bad --since '{sinceText}', expected yyyy-MM-dd").ConfigureAwait(false);
                    return ExitCodes.BadUsage;
                }

                sinceDate = parsed;
            }

            if (sourceId is null && sinceDate is null && !parseResult.GetValue(all))
            {
                await error.WriteLineAsync("reprocess: give --source, --since or --all").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            await using var services = await IngestServices.StartAsync(cancellationToken).ConfigureAwait(false);
            var store = services.GetRequiredService<IExtractorStore>();
            var ids = await store.ResetForReprocessAsync(sourceId, sinceDate, cancellationToken).ConfigureAwait(false);
            var job = services.GetRequiredService<ProcessArticlesJob>();
            var extracted = 0;
            foreach (var batch in ids.Chunk(services.GetRequiredService<IngestOptions>().BatchSize))
            {
                extracted += await job.Run(batch).ConfigureAwait(false);
            }

            var summary = await store.GetSummaryAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Reprocessed {ids.Count} article(s), {extracted} extracted").ConfigureAwait(false);
            await output.WriteLineAsync($"Articles in store: {summary.Articles} ({string.Join(", ", summary.ArticlesByState.Select(pair => $"{pair.Key} {pair.Value}"))})").ConfigureAwait(false);
            return extracted == ids.Count ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
