using System.Text.Json;
using Extractor.Data.Export;
using Extractor.Data.Model;

namespace Extractor.Data.Tests.Export;

public sealed class JsonlExporterFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Write_StreamsOnlyApprovedFactsAfterTheCursor_WithProvenance(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var articleId = await StoreTestData.AddArticleAsync(test.Store, await StoreTestData.AddSourceAsync(test.Store), "a.txt");
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        var facts = await test.Store.ListFactsAsync(null, 0, 100);
        var eventFact = facts.Single(fact => fact.Kind == FactKind.Event);
        var entityFact = facts.First(fact => fact.Kind == FactKind.Entity);
        await test.Store.DecideFactAsync(new FactReview(eventFact.Id, eventFact.Version, ReviewAction.Approve, "ana"), canReview: false);
        var exporter = new JsonlExporter(test.Store);

        var (firstLines, first) = await ExportAsync(exporter, 0);
        await test.Store.DecideFactAsync(new FactReview(entityFact.Id, entityFact.Version, ReviewAction.Approve, "ben"), canReview: false);
        var (secondLines, second) = await ExportAsync(exporter, first.Cursor);
        var (_, nothingNew) = await ExportAsync(exporter, second.Cursor);

        var line = JsonDocument.Parse(Assert.Single(firstLines)).RootElement;
        Assert.Equal(eventFact.Id, line.GetProperty("fact_id").GetInt64());
        var provenance = line.GetProperty("provenance");
        Assert.Equal("file:///tmp/a.txt", provenance.GetProperty("article_url").GetString());
        Assert.Equal(0, provenance.GetProperty("evidence_start").GetInt32());
        Assert.Equal("test-1", provenance.GetProperty("pipeline_version").GetString());
        Assert.Equal("ana", provenance.GetProperty("reviewer").GetString());
        Assert.Equal(entityFact.Id, JsonDocument.Parse(Assert.Single(secondLines)).RootElement.GetProperty("fact_id").GetInt64());
        Assert.True(second.Cursor > first.Cursor);
        Assert.Equal(new ExportResult(0, second.Cursor), nothingNew);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WriteFile_ReplacesTheTargetAndLeavesNoTemporaryFile(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var articleId = await StoreTestData.AddArticleAsync(test.Store, await StoreTestData.AddSourceAsync(test.Store), "a.txt");
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        var directory = Directory.CreateTempSubdirectory("extractor-export-");
        var path = Path.Combine(directory.FullName, "facts.jsonl");
        await File.WriteAllTextAsync(path, "old content\n");

        var result = await new JsonlExporter(test.Store).WriteFileAsync(path, 0, allStatuses: true);

        Assert.Equal(4, result.Count);
        Assert.Equal(4, (await File.ReadAllLinesAsync(path)).Length);
        Assert.Equal([path, path + ExportManifest.Suffix], Directory.GetFiles(directory.FullName).Order());
        directory.Delete(recursive: true);
    }

    private static async Task<(string[] Lines, ExportResult Result)> ExportAsync(JsonlExporter exporter, long cursor)
    {
        using var stream = new MemoryStream();
        var result = await exporter.WriteAsync(stream, cursor, allStatuses: false);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return (text.Split('\n', StringSplitOptions.RemoveEmptyEntries), result);
    }
}
