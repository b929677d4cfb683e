using Extractor.Data.Model;

namespace Extractor.Data;

public partial interface IExtractorStore
{
    /// <summary>
    /// Every article reporting the event cluster of <paramref name="factId"/> (the cluster's fact or a
    /// linked report's fact), first report first; empty when the fact is in no cluster.
    /// </summary>
    Task<IReadOnlyList<ClusterSource>> ListClusterSourcesAsync(long factId, CancellationToken cancellationToken = default);
}
