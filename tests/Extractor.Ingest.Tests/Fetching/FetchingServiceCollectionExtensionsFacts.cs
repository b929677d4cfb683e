using Extractor.Ingest.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Ingest.Tests.Fetching;

public sealed class FetchingServiceCollectionExtensionsFacts
{
    [Fact]
    public async Task AddPageFetcher_RegistersATypedClientThatRefusesPrivateAddresses()
    {
        await using var services = new ServiceCollection()
            .AddPageFetcher(options => options.MinHostDelay = TimeSpan.FromMilliseconds(10))
            .Services
            .BuildServiceProvider();

        var fetcher = services.GetRequiredService<PageFetcher>();
        var result = await fetcher.FetchAsync(new FetchRequest(new Uri("http://10.0.0.1/")), CancellationToken.None);

        Assert.Equal((FetchStatus.Refused, RefusalReason.Ssrf), (result.Status, result.Refusal));
    }
}
