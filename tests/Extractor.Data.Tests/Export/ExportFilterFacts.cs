using Extractor.Data.Export;
using Extractor.Data.Model;

namespace Extractor.Data.Tests.Export;

public sealed class ExportFilterFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Filters_SelectBySourceKindEventTypeDateRangeAndEntity(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var wire = await ExportTestData.AddSampleAsync(test.Store, "wire", "wire.txt");
        var blog = await ExportTestData.AddSampleAsync(test.Store, "blog", "blog.txt");
        foreach (var fact in wire.Concat(blog))
        {
            // The blog's copy of the wire event joins its cluster and is approved with it.
            var current = (await test.Store.GetFactAsync(fact.Id))!;
            if (current.Status == FactStatus.Pending)
            {
                await ExportTestData.ReviewAsync(test.Store, current, ReviewAction.Approve);
            }
        }

        var wireEvent = ExportTestData.Single(wire, "evt-1").Id;
        Assert.Equal(wire.Select(fact => fact.Id).Order(), await IdsAsync(test.Store, new ExportQuery { Source = "wire" }));
        Assert.Empty(await IdsAsync(test.Store, new ExportQuery { Source = "nobody" }));
        Assert.Equal([wireEvent], await IdsAsync(test.Store, new ExportQuery { Kind = FactKind.Event, Source = "wire", EventType = "assault" }));
        Assert.Empty(await IdsAsync(test.Store, new ExportQuery { Kind = FactKind.Event, EventType = "PROTEST" }));
        Assert.Equal([wireEvent], await IdsAsync(test.Store, new ExportQuery { Kind = FactKind.Event, Source = "wire", From = new DateOnly(2025, 3, 3), To = new DateOnly(2025, 3, 3) }));
        Assert.Empty(await IdsAsync(test.Store, new ExportQuery { Kind = FactKind.Event, From = new DateOnly(2025, 3, 4) }));
        Assert.Empty(await IdsAsync(test.Store, new ExportQuery { Kind = FactKind.Event, To = new DateOnly(2025, 3, 2) }));
        Assert.Equal(
            [ExportTestData.Single(wire, "group:eln").Id, wireEvent],
            await IdsAsync(test.Store, new ExportQuery { Source = "wire", Entity = "group:eln" }));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Mentions_AreExportedForApprovedEntityFacts_WithTheirSpansAsEvidence(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var facts = await ExportTestData.AddSampleAsync(test.Store);
        var petro = await ExportTestData.ReviewAsync(test.Store, ExportTestData.Single(facts, "leader:gustavo-petro"), ReviewAction.Approve);

        var (rows, _) = await ExportTestData.ExportJsonlAsync(test.Store, new ExportQuery { Kind = ExportKinds.Mention });

        Assert.Equal(["Gustavo Petro", "Petro"], rows.Select(row => row.EvidenceText));
        Assert.All(rows, row => Assert.Equal((petro.Id, "leader:gustavo-petro", ExportKinds.Mention, 2), (row.FactId, row.SubjectId, row.Kind, row.Version)));
        Assert.All(rows, row => Assert.Equal(row.EvidenceText, SampleExtraction.Text[row.EvidenceStart!.Value..row.EvidenceEnd!.Value]));
    }

    [Theory]
    [InlineData("plover", null, "events only")]
    [InlineData("acled", "entity", "events only")]
    [InlineData("jsonl", "place", "Unknown kind")]
    [InlineData("csv", "entity", "events only")]
    public void Validate_ExplainsMalformedRequests(string format, string? kind, string expected)
    {
        var exporter = FactExporters.Create(format, new SqlExtractorStore(Database.ForSqliteFile(Path.Combine(Path.GetTempPath(), "never-opened.db"))))!;
        var query = new ExportQuery { Kind = kind, EventType = format == "csv" ? "ASSAULT" : null };

        Assert.Contains(expected, exporter.Validate(query), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusesAnEmptyDateRangeAndAnUnknownEventType()
    {
        Assert.Contains("empty", new ExportQuery { Kind = FactKind.Event, From = new DateOnly(2025, 2, 1), To = new DateOnly(2025, 1, 1) }.Validate(), StringComparison.Ordinal);
        Assert.Contains("FIGHT", new ExportQuery { Kind = FactKind.Event, EventType = "FIGHT" }.Validate(), StringComparison.Ordinal);
        Assert.Null(new ExportQuery { Kind = FactKind.Event, EventType = "protest" }.Validate());
    }

    private static async Task<List<long>> IdsAsync(IExtractorStore store, ExportQuery query) =>
        (await ExportTestData.ExportJsonlAsync(store, query)).Rows.Select(row => row.FactId).Order().ToList();
}
