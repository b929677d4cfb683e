using Extractor.Core.Events;
using Extractor.Core.Events.Learning;

namespace Extractor.Core.Tests.Events.Learning;

/// <summary>The committed training split as the trainer reads it (the test split is deliberately not read here).</summary>
public sealed class EventTrainingCorpusFacts
{
    private static List<EventRecord> ReadTrainingSplit()
    {
        using var reader = File.OpenText(UpwardSearch.Find("corpora/events/train.jsonl"));
        return EventCorpusReader.ReadJsonLines(reader);
    }

    [Fact]
    public void ReadJsonLines_LoadsTheTrainingSplitWithUniqueIdsAndPublicationDates()
    {
        var records = ReadTrainingSplit();

        Assert.True(records.Count >= 1200, $"only {records.Count} sentences");
        Assert.Equal(records.Count, records.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(records, r => Assert.NotNull(r.Published));
    }

    [Fact]
    public void ReadJsonLines_FindsEveryTriggerActorTargetAndPlaceOfTheTrainingSplitInItsSentence()
    {
        var spans = ReadTrainingSplit().SelectMany(r => r.Events.SelectMany(e =>
            new[] { e.Trigger }.Concat(e.Actors).Concat(e.Targets).Concat(e.Place is null ? [] : [e.Place]).Select(span => (r, span))));

        Assert.All(spans, pair => Assert.True(pair.r.Find(pair.span) is not null, $"{pair.r.Id}: '{pair.span}' is not in its sentence"));
    }

    [Fact]
    public void ReadJsonLines_GivesEveryPloverTypeAndStatusAtLeastFifteenTrainingEvents()
    {
        var events = ReadTrainingSplit().SelectMany(r => r.Events).ToList();

        Assert.All(Enum.GetValues<PloverType>(), type => Assert.True(events.Count(e => e.Type == type) >= 15, $"{type} has too few events"));
        Assert.All(Enum.GetValues<EventStatus>(), status => Assert.True(events.Count(e => e.Status == status) >= 15, $"{status} has too few events"));
    }
}
