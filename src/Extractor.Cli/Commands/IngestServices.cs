using Extractor.Data;
using Extractor.Ingest;
using Extractor.Ingest.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Cli.Commands;

/// <summary>
/// The store and jobs over the configured database (<c>EXTRACTOR_DB</c>, else the embedded SQLite default),
/// migrated before any command reads it.
/// </summary>
internal static class IngestServices
{
    public static async Task<ServiceProvider> StartAsync(CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddExtractorIngest(StoreOptions.FromEnvironment().ConnectionString)
            .BuildServiceProvider();
        try
        {
            await services.GetRequiredService<IngestRunner>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            return services;
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
