using Cronos;
using Extractor.Data;
using Extractor.Data.Model;
using Extractor.Ingest.Jobs;
using Hangfire;

namespace Extractor.Ingest.Sources;

/// <summary>
/// The one way the CLI and the web app change sources: every change is validated, saved, and mirrored
/// in the source's Hangfire recurring job at once; "run now" and retries go through Hangfire like the
/// scheduled crawl does.
/// </summary>
public sealed class SourceManager(IExtractorStore store, SourceScheduler scheduler, IBackgroundJobClient jobs, IngestOptions options)
{
    public static IReadOnlyList<string> Kinds { get; } = [SourceKind.Feed, SourceKind.Sitemap, SourceKind.Urls, SourceKind.Folder];

    /// <summary>Why <paramref name="draft"/> cannot be saved, or null when it can.</summary>
    public static string? Problem(SourceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!Kinds.Contains(draft.Kind))
        {
            return $"unknown kind '{draft.Kind}'; use one of {string.Join(", ", Kinds)}";
        }

        if (string.IsNullOrWhiteSpace(draft.Location))
        {
            return "a location is required";
        }

        return LocationProblem(draft.Kind, draft.Location) ?? CronProblem(draft.Cron);
    }

    /// <summary>Saves the source (a source with the same name is updated) and schedules or unschedules its crawl.</summary>
    public async Task<SourceSaveResult> SaveAsync(SourceDraft draft, CancellationToken cancellationToken = default)
    {
        if (Problem(draft) is { } problem)
        {
            return SourceSaveResult.Refused(problem);
        }

        var location = draft.Location.Trim();
        var record = new SourceRecord
        {
            Name = string.IsNullOrWhiteSpace(draft.Name) ? $"{draft.Kind}:{location}" : draft.Name.Trim(),
            Kind = draft.Kind,
            Location = location,
            Cron = string.IsNullOrWhiteSpace(draft.Cron) ? null : draft.Cron.Trim(),
            AllowPrivate = draft.AllowPrivate,
        };
        var id = await store.SaveSourceAsync(record, cancellationToken).ConfigureAwait(false);
        var saved = (await store.GetSourceAsync(id, cancellationToken).ConfigureAwait(false))!;
        scheduler.Schedule(saved);
        return new SourceSaveResult(saved, null);
    }

    public async Task<IReadOnlyList<SourceHealth>> ListAsync(CancellationToken cancellationToken = default)
    {
        var sources = await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false);
        var counts = (await store.CountArticlesBySourceAsync(cancellationToken).ConfigureAwait(false)).ToLookup(count => count.SourceId);
        return sources
            .Select(source => new SourceHealth(source, counts[source.Id].ToDictionary(count => count.State, count => count.Count, StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>Turns the recurring crawl on or off; returns the updated source, or null when there is none.</summary>
    public async Task<SourceRecord?> SetEnabledAsync(long sourceId, bool enabled, CancellationToken cancellationToken = default)
    {
        var source = await store.GetSourceAsync(sourceId, cancellationToken).ConfigureAwait(false);
        if (source is null)
        {
            return null;
        }

        await store.SaveSourceAsync(
            new SourceRecord
            {
                Name = source.Name,
                Kind = source.Kind,
                Location = source.Location,
                Cron = source.Cron,
                AllowPrivate = source.AllowPrivate,
                Enabled = enabled,
            },
            cancellationToken).ConfigureAwait(false);
        var updated = (await store.GetSourceAsync(sourceId, cancellationToken).ConfigureAwait(false))!;
        scheduler.Schedule(updated);
        return updated;
    }

    /// <summary>Removes a source without stored articles, and its recurring crawl.</summary>
    public async Task<SourceRemoval> RemoveAsync(long sourceId, CancellationToken cancellationToken = default)
    {
        if (await store.DeleteSourceAsync(sourceId, cancellationToken).ConfigureAwait(false))
        {
            scheduler.Unschedule(sourceId);
            return SourceRemoval.Removed;
        }

        return await store.GetSourceAsync(sourceId, cancellationToken).ConfigureAwait(false) is null ? SourceRemoval.NotFound : SourceRemoval.HasArticles;
    }

    /// <summary>Enqueues the source's crawl job now; returns the Hangfire job id, or null when there is no such source.</summary>
    public async Task<string?> RunNowAsync(long sourceId, CancellationToken cancellationToken = default)
    {
        if (await store.GetSourceAsync(sourceId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        return jobs.Enqueue<CrawlSourceJob>(job => job.Run(sourceId));
    }

    /// <summary>Sends the source's failed articles back for processing (recorded as retried by <paramref name="username"/>) and queues them.</summary>
    public async Task<IReadOnlyList<long>> RetryFailedAsync(long sourceId, string username, CancellationToken cancellationToken = default)
    {
        var ids = await store.RetryFailedArticlesAsync(sourceId, username, cancellationToken).ConfigureAwait(false);
        ArticleBatches.Enqueue(jobs, ids, options.BatchSize);
        return ids;
    }

    private static string? LocationProblem(string kind, string location) => kind switch
    {
        SourceKind.Feed or SourceKind.Sitemap when !Uri.TryCreate(location.Trim(), UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            => $"'{location}' is not an http(s) URL",
        SourceKind.Folder when !Directory.Exists(location) => $"no folder {location}",
        SourceKind.Urls when !File.Exists(location) => $"no file {location}",
        _ => null,
    };

    private static string? CronProblem(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return null;
        }

        try
        {
            CronExpression.Parse(cron.Trim(), CronFormat.Standard);
            return null;
        }
        catch (CronFormatException exception)
        {
            return $"bad cron '{cron}': {exception.Message}";
        }
    }
}
