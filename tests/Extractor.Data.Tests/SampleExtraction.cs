using Extractor.Core.Articles;
using Extractor.Core.Dates;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Data.Tests;

/// <summary>A hand-built extraction of a two-sentence report, with offsets computed from the text.</summary>
public static class SampleExtraction
{
    public const string Text =
        "President Gustavo Petro ordered an airstrike against the ELN in Catatumbo on Monday. " +
        "Petro said the strike killed 7 fighters.";

    public static Extraction Create(string pipelineVersion = "test-1", int killed = 7)
    {
        var article = new Article("file:///tmp/sample.txt", "Airstrike in Catatumbo", new DateOnly(2025, 3, 3), [], "en", Text);
        var petro = new Entity(
            "leader:gustavo-petro", "Gustavo Petro", EntityType.Leader, ["Petro"],
            [MentionOf("Gustavo Petro", EntityType.Leader, 0, "President"), MentionOf("Petro", EntityType.Leader, 1)], 0.9);
        var eln = new Entity("group:eln", "ELN", EntityType.Group, [], [MentionOf("ELN", EntityType.Group, 0)], 0.8);
        var catatumbo = new Entity(
            "geo:3687238", "Catatumbo", EntityType.Place, [], [MentionOf("Catatumbo", EntityType.Place, 0, gazetteerId: "geo:3687238")], 0.95,
            new PlaceInfo("CO", "CO-NSA", 8.9, -73.0));
        var sentenceEnd = Text.IndexOf(". ", StringComparison.Ordinal) + 1;
        var airstrike = new Event(
            "evt-1", PloverType.Assault, "aerial", "airstrike", Text.IndexOf("airstrike", StringComparison.Ordinal),
            Text.IndexOf("airstrike", StringComparison.Ordinal) + "airstrike".Length, [petro.Id], [eln.Id], catatumbo.Id,
            PartialDate.Day(2025, 3, 3), EventStatus.Occurred, new Quantities(Killed: killed),
            new Evidence(0, sentenceEnd, Text[..sentenceEnd]), 0.7);
        return new Extraction(article, [petro, eln, catatumbo], [airstrike], pipelineVersion);
    }

    /// <summary>The sample with the strike's target given as the description "fighters" (an article-local entity).</summary>
    public static Extraction CreateWithParticipant()
    {
        var extraction = Create();
        var start = Text.IndexOf("fighters", StringComparison.Ordinal);
        var fighters = new Entity(ParticipantId, "fighters", EntityType.Group, [],
            [new Mention(start, start + "fighters".Length, "fighters", EntityType.Group, MentionSource.Nominal, 0.5, "fighters")], 0.5);
        return extraction with { Entities = [.. extraction.Entities, fighters], Events = [extraction.Events[0] with { TargetIds = [fighters.Id] }] };
    }

    public const string ParticipantId = "group:fighters~0a1b2c3d";

    private static Mention MentionOf(string text, EntityType type, int occurrence, string? cue = null, string? gazetteerId = null)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(text, start + 1, StringComparison.Ordinal);
        }

        return new Mention(start, start + text.Length, text, type, gazetteerId is null ? MentionSource.Tagger : MentionSource.Gazetteer, 0.9, cue, gazetteerId);
    }
}
