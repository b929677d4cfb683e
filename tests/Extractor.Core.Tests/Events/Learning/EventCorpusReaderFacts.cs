using Extractor.Core.Events;
using Extractor.Core.Events.Learning;

namespace Extractor.Core.Tests.Events.Learning;

public sealed class EventCorpusReaderFacts
{
    private const string Lines =
        """
        {"id":"train-0001","style":"wire","region":"Sahel","published":"2024-06-10","text":"Malian soldiers detained nine traders in Gao on Saturday, a local official said.","events":[{"type":"COERCE","mode":"arrest","trigger":"detained","actors":["Malian soldiers"],"targets":["traders"],"place":"Gao","date":"2024-06-08","date_precision":"day","status":"occurred","killed":null,"injured":null,"displaced":null,"kidnapped":null,"arrested":9,"money":null}]}

        {"id":"train-0002","style":"analysis","region":"Europe","published":"2023-02-01","text":"Inflation in the region has stayed above five percent for a year.","events":[]}
        """;

    [Fact]
    public void ReadJsonLines_ReadsEveryRecordWithSpansThatAreInItsText()
    {
        var records = EventCorpusReader.ReadJsonLines(new StringReader(Lines));

        Assert.Equal(["train-0001", "train-0002"], records.Select(r => r.Id));
        Assert.Equal(new DateOnly(2024, 6, 10), records[0].Published);
        Assert.Empty(records[1].Events);
        var detained = Assert.Single(records[0].Events);
        Assert.Equal(PloverType.Coerce, detained.Type);
        Assert.Equal("arrest", detained.Mode);
        Assert.Equal(EventStatus.Occurred, detained.Status);
        Assert.Equal("2024-06-08", detained.Date);
        Assert.Equal((16, 24), records[0].Find(detained.Trigger));
        Assert.Equal((0, 15), records[0].Find(detained.Actors[0]));
        Assert.NotNull(records[0].Find(detained.Place!));
    }

    [Fact]
    public void ReadPloverGoldStandard_MapsOldTypeNamesAndKeepsOnlySpansOfTheSentence()
    {
        var records = EventCorpusReader.ReadPloverGoldStandard(File.ReadAllText(UpwardSearch.Find("shared/reference/plover/PLOVER_GSR_CAMEO.txt")));

        Assert.InRange(records.Count, 300, 322);
        Assert.Contains(records, r => r.Events[0].Type == PloverType.Request);
        Assert.Contains(records, r => r.Events[0] is { Type: PloverType.Accuse, Mode: "investigate" });
        Assert.All(records, r =>
        {
            var gold = Assert.Single(r.Events);
            Assert.NotNull(r.Find(gold.Trigger));
            Assert.All(gold.Actors.Concat(gold.Targets), span => Assert.NotNull(r.Find(span)));
            Assert.Null(gold.Status);
        });
    }
}
