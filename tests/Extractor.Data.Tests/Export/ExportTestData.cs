using Extractor.Data.Model;

namespace Extractor.Data.Tests.Export;

/// <summary>The sample extraction stored for an article of a named source, and helpers to review and export its facts.</summary>
public static class ExportTestData
{
    public static async Task<IReadOnlyList<FactRecord>> AddSampleAsync(IExtractorStore store, string source = "seeds", string article = "a.txt")
    {
        var articleId = await StoreTestData.AddArticleAsync(store, await StoreTestData.AddSourceAsync(store, source), article);
        await store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        return (await store.ListFactsAsync(null, 0, 1000)).Where(fact => fact.ArticleId == articleId).ToList();
    }

    public static FactRecord Single(IEnumerable<FactRecord> facts, string subjectId) => facts.Single(fact => fact.SubjectId == subjectId);

    public static Task<FactRecord> ReviewAsync(IExtractorStore store, FactRecord fact, string action, string user = "ana", string? correctedValues = null) =>
        store.DecideFactAsync(new FactReview(fact.Id, fact.Version, action, user, correctedValues), canReview: false);

    public static async Task<(List<ExportedRow> Rows, Data.Export.ExportResult Result)> ExportJsonlAsync(IExtractorStore store, Data.Export.ExportQuery query)
    {
        var path = Path.Combine(Path.GetTempPath(), "extractor-export-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var result = await new Data.Export.JsonlExporter(store).WriteFileAsync(path, query);
            return (await ExportReadBack.JsonlAsync(path), result);
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + Data.Export.ExportManifest.Suffix);
        }
    }
}
