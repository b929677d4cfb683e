using System.Security.Cryptography;
using System.Text.Json;
using Extractor.Data.Export;
using Extractor.Data.Model;

namespace Extractor.Data.Tests.Export;

public sealed class FactExporterFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CsvAndParquet_ReadBackToTheSameRowsAndValuesAsJsonl(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await AddReviewedFactsAsync(test.Store);
        var directory = Directory.CreateTempSubdirectory("extractor-export-");
        var jsonl = Path.Combine(directory.FullName, "facts.jsonl");
        var csv = Path.Combine(directory.FullName, "facts.csv");
        var parquet = Path.Combine(directory.FullName, "facts.parquet");

        var jsonlResult = await new JsonlExporter(test.Store).WriteFileAsync(jsonl, 0, allStatuses: true);
        var csvResult = await new CsvExporter(test.Store).WriteFileAsync(csv, 0, allStatuses: true);
        var parquetResult = await new ParquetExporter(test.Store).WriteFileAsync(parquet, 0, allStatuses: true);

        var expected = await ExportReadBack.JsonlAsync(jsonl);
        Assert.Equal(4, expected.Count);
        Assert.Contains(expected, row => row.Reviewer == "ana" && row.DecidedAtUtc is not null && row.EvidenceText is not null);
        Assert.Contains(expected, row => row.Reviewer is null && row.DecidedAtUtc is null);
        Assert.Equal(expected, ExportReadBack.Csv(csv));
        Assert.Equal(expected, await ExportReadBack.ParquetAsync(parquet));
        Assert.Equal(jsonlResult, csvResult);
        Assert.Equal(jsonlResult, parquetResult);
        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Parquet_SplitsFactsIntoRowGroupsOfTheGivenSize_WithoutLosingOrReorderingRows()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await AddReviewedFactsAsync(test.Store);
        using var jsonl = new MemoryStream();
        await new JsonlExporter(test.Store).WriteAsync(jsonl, 0, allStatuses: true);
        var directory = Directory.CreateTempSubdirectory("extractor-export-");
        var jsonlPath = Path.Combine(directory.FullName, "facts.jsonl");
        await File.WriteAllBytesAsync(jsonlPath, jsonl.ToArray());
        var path = Path.Combine(directory.FullName, "facts.parquet");

        var result = await new ParquetExporter(test.Store, rowGroupSize: 3).WriteFileAsync(path, 0, allStatuses: true);

        await using (var stream = File.OpenRead(path))
        await using (var reader = await Parquet.ParquetReader.CreateAsync(stream))
        {
            Assert.Equal(2, reader.RowGroupCount);
        }

        Assert.Equal(4, result.Count);
        Assert.Equal(await ExportReadBack.JsonlAsync(jsonlPath), await ExportReadBack.ParquetAsync(path));
        directory.Delete(recursive: true);
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("parquet")]
    public async Task WriteFile_WritesAManifestWithTheFileHashRowCountAndCursorRange(string format)
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await AddReviewedFactsAsync(test.Store);
        var exporter = Create(format, test.Store);
        var directory = Directory.CreateTempSubdirectory("extractor-export-");
        var path = Path.Combine(directory.FullName, "facts." + format);
        var first = await exporter.WriteFileAsync(path, 0, allStatuses: false);

        var result = await exporter.WriteFileAsync(path, 0, allStatuses: true);

        var manifest = JsonSerializer.Deserialize<ExportManifest>(await File.ReadAllTextAsync(path + ExportManifest.Suffix))!;
        Assert.Equal(1, first.Count);
        Assert.Equal(new ExportManifest(format, 4, ExportColumns.SchemaVersion, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))), 0, result.Cursor), manifest);
        Assert.Equal(4, result.Count);
        Assert.Equal([path, path + ExportManifest.Suffix], Directory.GetFiles(directory.FullName).Order());
        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Parquet_WithNoFactsAfterTheCursor_IsStillAReadableFile()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var directory = Directory.CreateTempSubdirectory("extractor-export-");
        var path = Path.Combine(directory.FullName, "facts.parquet");

        var result = await new ParquetExporter(test.Store).WriteFileAsync(path, 0, allStatuses: true);

        Assert.Equal(new ExportResult(0, 0), result);
        Assert.Empty(await ExportReadBack.ParquetAsync(path));
        directory.Delete(recursive: true);
    }

    private static FactExporter Create(string format, IExtractorStore store) => format switch
    {
        "csv" => new CsvExporter(store),
        "parquet" => new ParquetExporter(store),
        _ => new JsonlExporter(store),
    };

    private static async Task AddReviewedFactsAsync(IExtractorStore store)
    {
        var articleId = await StoreTestData.AddArticleAsync(store, await StoreTestData.AddSourceAsync(store), "a.txt");
        await store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        var eventFact = (await store.ListFactsAsync(null, 0, 100)).Single(fact => fact.Kind == FactKind.Event);
        await store.DecideFactAsync(new FactReview(eventFact.Id, eventFact.Version, ReviewAction.Approve, "ana"), canReview: false);
    }
}
