using Extractor.Data.Model;

namespace Extractor.Data.Tests;

/// <summary>Creates the source and fetched articles the store tests start from.</summary>
public static class StoreTestData
{
    public static async Task<long> AddSourceAsync(IExtractorStore store, string name = "seeds") =>
        await store.SaveSourceAsync(new SourceRecord { Name = name, Kind = SourceKind.Folder, Location = "/tmp/" + name });

    public static async Task<long> AddArticleAsync(IExtractorStore store, long sourceId, string name, string content = SampleExtraction.Text)
    {
        var outcome = await store.UpsertDiscoveredArticleAsync(
            new DiscoveredArticle(sourceId, "file:///tmp/" + name, System.Text.Encoding.UTF8.GetBytes(content)));
        return outcome.ArticleId;
    }
}
