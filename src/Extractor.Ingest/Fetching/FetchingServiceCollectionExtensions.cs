using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Extractor.Ingest.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PageFetcher"/> as a typed client over the guarded handler, with in-memory
    /// robots, politeness and validator state unless the host registered its own.
    /// </summary>
    public static IHttpClientBuilder AddPageFetcher(this IServiceCollection services, Action<FetcherOptions>? configure = null)
    {
        services.AddOptions<FetcherOptions>().Configure(options => configure?.Invoke(options));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRobotsCache, InMemoryRobotsCache>();
        services.TryAddSingleton<IHostPoliteness, InMemoryHostPoliteness>();
        services.TryAddSingleton<IValidatorStore, InMemoryValidatorStore>();
        return services.AddHttpClient<PageFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(GuardedConnector.CreateHandler);
    }
}
