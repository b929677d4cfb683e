using Extractor.Data.Export;
using Extractor.Data.Model;

namespace Extractor.Data;

public partial interface IExtractorStore
{
    /// <summary>
    /// Streams the rows of <paramref name="query"/> in change order without buffering them; facts changed
    /// after the cursor, with retractions on incremental exports (see <see cref="ExportQuery.IncludesRetractions"/>).
    /// </summary>
    IAsyncEnumerable<ExportedFact> StreamExportAsync(ExportQuery query, CancellationToken cancellationToken = default);

    /// <summary>Names and place details of the given entity ids; unknown ids are left out.</summary>
    Task<IReadOnlyList<ExportEntity>> GetExportEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);
}
