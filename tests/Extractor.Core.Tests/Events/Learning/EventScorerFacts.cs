using Extractor.Core.Articles;
using Extractor.Core.Dates;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Events.Learning;
using Extractor.Core.Pipeline;

namespace Extractor.Core.Tests.Events.Learning;

public sealed class EventScorerFacts
{
    private const string Text = "Rebels attacked an army post in Kidal on Monday and later met elders of the town.";

    private static readonly EventRecord Record = new("test-0001", new DateOnly(2024, 5, 9), Text,
    [
        new GoldEvent(PloverType.Assault, null, "attacked", ["Rebels"], ["army"], "Kidal", "2024-05-06", EventStatus.Occurred),
        new GoldEvent(PloverType.Consult, "meet", "met", ["Rebels"], ["elders"], null, null, EventStatus.Occurred),
    ]);

    private static readonly Entity[] Entities =
    [
        Entity("group:rebels", "Rebels", EntityType.Group, "Rebels"),
        Entity("group:army", "Army", EntityType.Group, "army"),
        Entity("place:kidal", "Kidal", EntityType.Place, "Kidal"),
    ];

    [Fact]
    public void Score_CountsATypeMatchAndItsTupleLevelsSeparately()
    {
        Event[] predicted =
        [
            Event(PloverType.Assault, "attacked", ["group:rebels"], ["group:army"], "place:kidal", PartialDate.Day(2024, 5, 6), 0.9),
            Event(PloverType.Protest, "met", ["group:rebels"], [], null, null, 0.3),
        ];

        var scores = EventScorer.Score([(Record, Extraction(predicted))]);

        Assert.Equal([(2, 2, 1), (2, 2, 1), (2, 2, 1), (2, 2, 1)], scores.Levels.Select(r => (r.Gold, r.Predicted, r.Correct)));
        Assert.Equal(0.5, scores.Levels[0].F1, 6);
        Assert.Equal(1.0, scores.DateAccuracy);
        Assert.Contains(scores.PerType, r => r is { Name: "CONSULT", Gold: 1, Predicted: 0, Correct: 0 });
        Assert.Contains(scores.Reliability, b => b is { Low: 0.9, Count: 1, Accuracy: 1.0 });
        Assert.Contains(scores.Reliability, b => b is { Count: 1, Accuracy: 0.0 } && b.Low < 0.35 && b.High > 0.3);
    }

    [Fact]
    public void Score_RejectsATupleWithAnExtraActorOrAMissingTarget()
    {
        Event[] predicted =
        [
            Event(PloverType.Assault, "attacked", ["group:rebels", "place:kidal"], ["group:army"], "place:kidal", PartialDate.Day(2024, 5, 6), 0.8),
            Event(PloverType.Consult, "met", ["group:rebels"], [], null, PartialDate.Day(2024, 5, 1), 0.8),
        ];

        var scores = EventScorer.Score([(Record, Extraction(predicted))]);

        Assert.Equal(2, scores.Levels[0].Correct);
        Assert.Equal(0, scores.Levels[1].Correct);
        Assert.Equal((1, 1), (scores.DatedMatched, scores.DatesCorrect));
    }

    private static Extraction Extraction(Event[] events) =>
        new(new Article("test-0001", string.Empty, Record.Published, [], "en", Text), Entities, events, "test");

    private static Entity Entity(string id, string name, EntityType type, string span)
    {
        var at = Text.IndexOf(span, StringComparison.Ordinal);
        return new Entity(id, name, type, [name], [new Mention(at, at + span.Length, span, type, MentionSource.Gazetteer, 1)], 1);
    }

    private static Event Event(PloverType type, string trigger, string[] actors, string[] targets, string? place, PartialDate? date, double confidence)
    {
        var at = Text.IndexOf(trigger, StringComparison.Ordinal);
        return new Event($"ev:{at}", type, null, trigger, at, at + trigger.Length, actors, targets, place, date, EventStatus.Occurred, Quantities.None, new Evidence(0, Text.Length, Text), confidence);
    }
}
