using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Extractor.Data.Export;
using Extractor.Data.Model;

namespace Extractor.Data.Tests.Export;

public sealed class PloverAndAcledExportFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Plover_ParsesBackToTheEventWithNamesPlaceSizeAndProvenance(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var facts = await ExportTestData.AddSampleAsync(test.Store);
        var approved = await ExportTestData.ReviewAsync(test.Store, ExportTestData.Single(facts, "evt-1"), ReviewAction.Approve);
        var expected = SampleExtraction.Create().Events[0];
        using var output = new MemoryStream();

        var result = await new PloverExporter(test.Store).WriteAsync(output, new ExportQuery { Kind = FactKind.Event });

        var line = Assert.Single(System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var record = JsonDocument.Parse(line).RootElement;
        Assert.Equal(1, result.Count);
        Assert.Equal(approved.Id.ToString(CultureInfo.InvariantCulture), record.GetProperty("id").GetString());
        Assert.Equal(expected.Date.ToString(), record.GetProperty("date").GetString());
        Assert.Equal("day", record.GetProperty("date_precision").GetString());
        Assert.Equal("Gustavo Petro", record.GetProperty("actor").GetProperty("entity_text").GetString());
        Assert.Equal("ELN", record.GetProperty("recipient").GetProperty("entity_text").GetString());
        Assert.Equal("ASSAULT", record.GetProperty("event").GetString());
        Assert.Equal(expected.Mode, record.GetProperty("mode").GetString());
        var location = record.GetProperty("event_loc");
        Assert.Equal(("Catatumbo", "3687238", "CO", "CO-NSA", 8.9, -73.0), (
            location.GetProperty("resolved_place").GetString(), location.GetProperty("geonameid").GetString(),
            location.GetProperty("country_code").GetString(), location.GetProperty("province").GetString(),
            location.GetProperty("lat").GetDouble(), location.GetProperty("lon").GetDouble()));
        Assert.Equal(expected.Quantities.Killed, record.GetProperty("size").GetProperty("dead").GetInt32());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("size").GetProperty("displaced").ValueKind);
        Assert.Equal(expected.Trigger, record.GetProperty("event_text").GetString());
        Assert.Equal(expected.Evidence.Text, record.GetProperty("text").GetString());
        Assert.Equal(expected.Evidence.End, record.GetProperty("text_info").GetProperty("end").GetInt32());
        Assert.Equal("file:///tmp/a.txt", record.GetProperty("cite_info").GetProperty("url").GetString());
        Assert.Equal("ana", record.GetProperty("cite_info").GetProperty("coder").GetString());
        Assert.Equal("test-1", record.GetProperty("cite_info").GetProperty("version").GetString());
        Assert.Equal(approved.Version, record.GetProperty("version").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acled_ReadsBackWithCsvHelperAsTheMappedEventWithPlaceAndFatalities(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var facts = await ExportTestData.AddSampleAsync(test.Store);
        var approved = await ExportTestData.ReviewAsync(test.Store, ExportTestData.Single(facts, "evt-1"), ReviewAction.Approve);
        var directory = Directory.CreateTempSubdirectory("extractor-export-");
        var path = Path.Combine(directory.FullName, "events.csv");

        await new AcledExporter(test.Store).WriteFileAsync(path, new ExportQuery { Kind = FactKind.Event });

        using (var reader = new StreamReader(path))
        using (var csv = new CsvReader(reader, CultureInfo.InvariantCulture))
        {
            csv.Read();
            csv.ReadHeader();
            Assert.Equal(AcledFactWriter.Columns, csv.HeaderRecord);
            Assert.True(csv.Read());
            Assert.Equal(
                ("2025-03-03", "Explosions/Remote violence", "Air/drone strike", "Gustavo Petro", "ELN", "CO", "CO-NSA", "Catatumbo"),
                (csv.GetField("event_date"), csv.GetField("event_type"), csv.GetField("sub_event_type"), csv.GetField("actor1"),
                    csv.GetField("actor2"), csv.GetField("country"), csv.GetField("admin1"), csv.GetField("location")));
            Assert.Equal((8.9, -73.0, 7), (csv.GetField<double>("latitude"), csv.GetField<double>("longitude"), csv.GetField<int>("fatalities")));
            Assert.Equal(("file:///tmp/a.txt", "ana", approved.Id, approved.Version), (csv.GetField("source_url"), csv.GetField("reviewer"), csv.GetField<long>("fact_id"), csv.GetField<int>("version")));
            Assert.Equal(SampleExtraction.Create().Events[0].Evidence.Text, csv.GetField("notes"));
            Assert.False(csv.Read());
        }

        directory.Delete(recursive: true);
    }

    [Theory]
    [InlineData("ASSAULT", "firearms", true, "Battles", "Armed clash")]
    [InlineData("ASSAULT", "firearms", false, "Violence against civilians", "Attack")]
    [InlineData("ASSAULT", null, true, "Battles", "Armed clash")]
    [InlineData("ASSAULT", "abduct", false, "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("PROTEST", "riot", false, "Riots", "Violent demonstration")]
    [InlineData("PROTEST", "demo", false, "Protests", "Peaceful protest")]
    [InlineData("COERCE", "arrest", false, "Strategic developments", "Arrests")]
    [InlineData("CONSULT", "visit", false, "Strategic developments", "Other")]
    public void AcledEventType_MapsPloverTypeAndMode(string type, string? mode, bool targetIsArmedGroup, string eventType, string subEventType)
    {
        Assert.Equal(new AcledEventType(eventType, subEventType), AcledEventType.Map(type, mode, targetIsArmedGroup));
    }
}
