using System.Text.Json;
using Extractor.Data.Export;
using Extractor.Data.Model;

namespace Extractor.Data.Tests.Export;

public sealed class IncrementalExportFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SecondExport_CarriesNewApprovals_CorrectionsAsNewVersions_AndRetractionsOnce(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var facts = await ExportTestData.AddSampleAsync(test.Store);
        var airstrike = await ExportTestData.ReviewAsync(test.Store, ExportTestData.Single(facts, "evt-1"), ReviewAction.Approve);
        var petro = await ExportTestData.ReviewAsync(test.Store, ExportTestData.Single(facts, "leader:gustavo-petro"), ReviewAction.Approve);
        var (first, firstResult) = await ExportTestData.ExportJsonlAsync(test.Store, new ExportQuery());

        var corrected = FactValues.ForEvent(SampleExtraction.Create(killed: 9).Events[0]);
        var correction = await ExportTestData.ReviewAsync(test.Store, airstrike, ReviewAction.Correct, "ben", corrected);
        var retraction = await ExportTestData.ReviewAsync(test.Store, petro, ReviewAction.Reject, "ben");
        var eln = await ExportTestData.ReviewAsync(test.Store, ExportTestData.Single(facts, "group:eln"), ReviewAction.Approve);
        await ExportTestData.ReviewAsync(test.Store, ExportTestData.Single(facts, "geo:3687238"), ReviewAction.Reject);
        var (second, secondResult) = await ExportTestData.ExportJsonlAsync(test.Store, new ExportQuery { SinceCursor = firstResult.Cursor });
        var (third, _) = await ExportTestData.ExportJsonlAsync(test.Store, new ExportQuery { SinceCursor = secondResult.Cursor });
        var (fresh, _) = await ExportTestData.ExportJsonlAsync(test.Store, new ExportQuery());

        Assert.Equal(new[] { (airstrike.Id, 2, FactStatus.Approved), (petro.Id, 2, FactStatus.Approved) }.Order(), first.Select(Key).Order());
        Assert.Equal(
            new[] { (correction.Id, 3, FactStatus.Corrected), (retraction.Id, 3, FactStatus.Rejected), (eln.Id, 2, FactStatus.Approved) }.Order(),
            second.Select(Key).Order());
        var correctedRow = second.Single(row => row.FactId == airstrike.Id);
        Assert.Equal(9, JsonDocument.Parse(correctedRow.Values).RootElement.GetProperty("killed").GetInt32());
        Assert.Equal("ben", correctedRow.Reviewer);
        Assert.Empty(third);
        Assert.Equal(new[] { (airstrike.Id, 3, FactStatus.Corrected), (eln.Id, 2, FactStatus.Approved) }.Order(), fresh.Select(Key).Order());
    }

    private static (long, int, string) Key(ExportedRow row) => (row.FactId, row.Version, row.Status);
}
