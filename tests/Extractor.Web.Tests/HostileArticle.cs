using Extractor.Core.Articles;
using Extractor.Core.Dates;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Web.Tests;

/// <summary>An extraction of an article whose text carries markup that must never reach a page unencoded.</summary>
public static class HostileArticle
{
    public const string Script = "<script>alert(1)</script>";
    public const string Image = "<img src=x onerror=alert(1)>";
    public const string Text =
        "Fighters of the " + Script + " Front attacked Goma on 4 March 2025. " + Image + " Officials said 3 people died.";

    public static Extraction Create()
    {
        var article = new Article("file:///tmp/hostile.txt", "Attack on Goma " + Script, new DateOnly(2025, 3, 5), [], "en", Text);
        var groupName = Script + " Front";
        var group = new Entity("group:front", groupName, EntityType.Group, [], [MentionOf(groupName, EntityType.Group)], 0.6);
        var goma = new Entity(
            "geo:goma", "Goma", EntityType.Place, [], [MentionOf("Goma", EntityType.Place)], 0.9, new PlaceInfo("CD", "CD-NK", -1.68, 29.22));
        var triggerStart = Text.IndexOf("attacked", StringComparison.Ordinal);
        var sentenceEnd = Text.IndexOf("2025.", StringComparison.Ordinal) + "2025.".Length;
        var attack = new Event(
            "evt-1", PloverType.Assault, null, "attacked", triggerStart, triggerStart + "attacked".Length, [group.Id], [], goma.Id,
            PartialDate.Day(2025, 3, 4), EventStatus.Occurred, new Quantities(Killed: 3),
            new Evidence(0, sentenceEnd, Text[..sentenceEnd]), 0.55);
        return new Extraction(article, [group, goma], [attack], "web-test-1");
    }

    private static Mention MentionOf(string text, EntityType type)
    {
        var start = Text.IndexOf(text, StringComparison.Ordinal);
        return new Mention(start, start + text.Length, text, type, MentionSource.Tagger, 0.9, null, null);
    }
}
