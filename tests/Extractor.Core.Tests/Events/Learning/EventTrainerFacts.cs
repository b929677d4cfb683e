using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Events.Learning;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Events.Learning;

public sealed class EventTrainerFacts
{
    private static readonly string[] Groups = ["Northern Front", "Coastal Militia", "Valley Guard", "River Brigade"];

    private static readonly Lazy<EventTrainingResult> Trained = new(() => EventTrainer.Train(Corpus(), new EventTrainingOptions { MaximumIterations = 50 }));

    [Fact]
    public void Train_ScoresTheCrossValidatedExtractorOnEveryTrainingEvent()
    {
        var scores = Trained.Value.CrossValidatedEvents;

        Assert.Equal(Corpus().Sum(sentence => sentence.Record.Events.Count), scores.Levels[0].Gold);
        Assert.True(scores.Levels[0].Correct > scores.Levels[0].Gold / 2, $"type matched {scores.Levels[0].Correct} of {scores.Levels[0].Gold}");
        Assert.True(scores.Levels[1].Correct <= scores.Levels[0].Correct);
    }

    [Fact]
    public void Train_ChoosesRoleThresholdsOnTheirGridAndTheModelKeepsThem()
    {
        var model = Trained.Value.Model;
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;

        var read = EventModel.Read(stream);

        Assert.Contains(model.RoleThresholds.Overrule, RoleThresholds.Grid);
        Assert.Contains(model.RoleThresholds.Add, RoleThresholds.Grid);
        Assert.Equal((model.LexiconFloor, model.RoleThresholds), (read.LexiconFloor, read.RoleThresholds));
    }

    [Fact]
    public void Train_LabelsTheLexiconWordOfAMultiWordTrigger()
    {
        var text = "Valley Guard will hold talks with Coastal Militia in the capital.";
        var document = SentenceSplitter.Analyze(text);
        var entities = TestEntities.Find(text, [.. Groups.Select(name => ($"group:{name}", EntityType.Group, new[] { name }))]);

        var events = new LearnedEventExtractor(Trained.Value.Model).Extract(document, entities, new DateOnly(2025, 5, 1));

        Assert.DoesNotContain(events, e => e.Trigger == "will");
    }

    /// <summary>Attacks and meetings between four invented groups, in the active and the future voice.</summary>
    private static List<EventTrainingSentence> Corpus()
    {
        var sentences = new List<EventTrainingSentence>();
        for (var i = 0; i < 24; i++)
        {
            var actor = Groups[i % 4];
            var target = Groups[(i + 1 + (i / 4 % 3)) % 4];
            var (text, gold) = (i % 3) switch
            {
                0 => ($"{actor} attacked {target} near the river on day {i}.", new GoldEvent(PloverType.Assault, null, "attacked", [actor], [target], null, null, EventStatus.Occurred)),
                1 => ($"{actor} met {target} in the capital on day {i}.", new GoldEvent(PloverType.Consult, null, "met", [actor], [target], null, null, EventStatus.Occurred)),
                _ => ($"{actor} will hold talks with {target} on day {i}.", new GoldEvent(PloverType.Agree, null, "will hold talks", [actor], [target], null, null, EventStatus.Planned)),
            };
            var record = new EventRecord($"s{i}", new DateOnly(2025, 5, 1), text, [gold]);
            var entities = TestEntities.Find(text, [.. Groups.Select(name => ($"group:{name}", EntityType.Group, new[] { name }))]);
            sentences.Add(new EventTrainingSentence(record, SentenceSplitter.Analyze(text), entities));
        }

        return sentences;
    }
}
