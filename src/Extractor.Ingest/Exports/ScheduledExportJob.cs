using Extractor.Data;
using Extractor.Data.Export;

namespace Extractor.Ingest.Exports;

/// <summary>The Hangfire job behind a scheduled export: one <see cref="ScheduledExportRunner"/> run.</summary>
public sealed class ScheduledExportJob
{
    private readonly IExtractorStore store;

    public ScheduledExportJob(IExtractorStore store)
    {
        this.store = store;
    }

    /// <summary>Rows written by this run (0 when nothing changed since the last one).</summary>
    public async Task<int> Run(string name) => (await new ScheduledExportRunner(store).RunAsync(name).ConfigureAwait(false)).Result.Count;
}
