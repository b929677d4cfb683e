using System.Text.Json;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Events.Learning;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Events;

/// <summary>
/// The smoke test of the seed articles (../shared/seeds): with entities built by hand from the names
/// expected.json accepts, every event it lists must be found by the rules and by the trained components,
/// matched the way its "_about" says.
/// </summary>
public sealed class SeedArticleFacts
{
    private static readonly string[] EntityKinds = ["leader", "group", "place"];

    private static readonly Lazy<LearnedEventExtractor> Learned = new(() => new LearnedEventExtractor(EventModel.Load(UpwardSearch.Find("models/events"))));

    public static TheoryData<string, bool> Articles() => new()
    {
        { "catatumbo-airstrike.txt", false },
        { "total-peace-cartel-talks.txt", false },
        { "catatumbo-airstrike.txt", true },
        { "total-peace-cartel-talks.txt", true },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void Extract_FindsEveryExpectedEventOfTheSeedArticle(string file, bool trained)
    {
        var seeds = UpwardSearch.SeedsFolder;
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds, "expected.json")));
        var article = expected.RootElement.GetProperty(file);
        var text = File.ReadAllText(Path.Combine(seeds, file));
        var entities = Entities(text, article.GetProperty("entities"));
        var published = DateOnly.Parse(article.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        IEventExtractor extractor = trained ? Learned.Value : new RuleEventExtractor();
        var events = extractor.Extract(SentenceSplitter.Analyze(text), entities, published);

        foreach (var wanted in article.GetProperty("events").EnumerateArray())
        {
            Assert.True(events.Any(e => Matches(e, wanted, entities)), $"no event matches {wanted} among:\n{string.Join('\n', events.Select(Describe))}");
        }
    }

    private static string Describe(Event e) =>
        $"{e.Type}:{e.Mode} '{e.Trigger}' actors=[{string.Join(',', e.ActorIds)}] targets=[{string.Join(',', e.TargetIds)}] place={e.PlaceId} date={e.Date} status={e.Status} killed={e.Quantities.Killed}";

    private static bool Matches(Event found, JsonElement wanted, IReadOnlyList<Entity> entities)
    {
        if (!Strings(wanted.GetProperty("type")).Contains(found.Type.ToString().ToUpperInvariant())) return false;
        if (wanted.TryGetProperty("actor", out var actor) && !AnyNamed(found.ActorIds, actor.GetString()!, entities)) return false;
        if (wanted.TryGetProperty("target", out var target) && !AnyNamed(found.TargetIds, target.GetString()!, entities)) return false;
        if (wanted.TryGetProperty("place", out var place) && (found.PlaceId is null || !AnyNamed([found.PlaceId], place.GetString()!, entities))) return false;
        if (wanted.TryGetProperty("date", out var date) && !Strings(date).Contains(found.Date?.ToString() ?? string.Empty)) return false;
        if (wanted.TryGetProperty("killed", out var killed) && found.Quantities.Killed != killed.GetInt32()) return false;
        if (wanted.TryGetProperty("status", out var status) && !Strings(status).Contains(found.Status.ToString().ToLowerInvariant())) return false;
        return true;
    }

    /// <summary>True when one of the ids belongs to an entity that goes by one of the '|'-separated names.</summary>
    private static bool AnyNamed(IReadOnlyList<string> ids, string names, IReadOnlyList<Entity> entities)
    {
        var accepted = names.Split('|');
        return entities.Any(e => ids.Contains(e.Id) && e.Aliases.Any(a => accepted.Contains(a, StringComparer.OrdinalIgnoreCase)));
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetString()!)];

    private static IReadOnlyList<Entity> Entities(string text, JsonElement expected)
    {
        var specs = new List<(string, EntityType, string[])>();
        foreach (var kind in EntityKinds)
        {
            var type = kind switch
            {
                "leader" => EntityType.Leader,
                "group" => EntityType.Group,
                _ => EntityType.Place,
            };
            foreach (var names in expected.GetProperty(kind).EnumerateArray())
            {
                var forms = Strings(names);
                specs.Add(($"{kind}:{forms[0]}", type, forms));
            }
        }

        return TestEntities.Find(text, [.. specs]);
    }
}
