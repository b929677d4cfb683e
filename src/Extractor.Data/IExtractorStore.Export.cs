using Extractor.Data.Export;
using Extractor.Data.Model;
using Extractor.Data.Registry;

namespace Extractor.Data;

public partial interface IExtractorStore
{
    /// <summary>
    /// Streams the rows of <paramref name="query"/> in change order without buffering them; facts changed
    /// after the cursor, with retractions on incremental exports (see <see cref="ExportQuery.IncludesRetractions"/>).
    /// </summary>
    IAsyncEnumerable<ExportedFact> StreamExportAsync(ExportQuery query, CancellationToken cancellationToken = default);

    /// <summary>Names and place details of the given entity ids; unknown ids are left out.</summary>
    Task<IReadOnlyList<EntityRecord>> GetExportEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>Inserts the scheduled export or updates format, kind, folder and cron of the one with the same name (its cursor is kept).</summary>
    Task SaveScheduledExportAsync(ScheduledExportRecord export, CancellationToken cancellationToken = default);

    Task<ScheduledExportRecord?> GetScheduledExportAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ScheduledExportRecord>> ListScheduledExportsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the cursor from <paramref name="fromCursor"/> to <paramref name="toCursor"/> and records the run; false when
    /// another run moved it first (the caller's file then overlaps that run's and is not announced).
    /// </summary>
    Task<bool> AdvanceScheduledExportAsync(string name, long fromCursor, long toCursor, string? file, int count, CancellationToken cancellationToken = default);
}
