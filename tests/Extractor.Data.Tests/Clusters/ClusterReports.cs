using Extractor.Core.Articles;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Data.Tests.Clusters;

/// <summary>
/// Extractions of short reports by the real rule-based event extractor, with the entities of a small
/// registry found by name (so the tests do not depend on the tagger); place entities carry their region.
/// </summary>
public static class ClusterReports
{
    public const string FirstOutlet =
        "Colombian air force jets bombed an ELN camp in Catatumbo on Thursday, killing seven fighters, the army said.";

    public const string SecondOutlet =
        "An air raid by the Colombian air force on Thursday night left 7 ELN guerrillas dead near Catatumbo, officials said on Saturday.";

    public const string OtherRegion =
        "Colombian air force jets bombed an ELN camp in Cauca on Thursday, killing two fighters.";

    private static readonly (string Id, EntityType Type, string Name, PlaceInfo? Place)[] Registry =
    [
        ("group:colombian-air-force", EntityType.Group, "Colombian air force", null),
        ("group:eln", EntityType.Group, "ELN", null),
        ("geo:catatumbo", EntityType.Place, "Catatumbo", new PlaceInfo("CO", "CO-NSA", 8.9, -73.0)),
        ("geo:cauca", EntityType.Place, "Cauca", new PlaceInfo("CO", "CO-CAU", 2.5, -76.6)),
    ];

    public static Extraction Extract(string url, string text, DateOnly published)
    {
        var entities = new List<Entity>();
        foreach (var (id, type, name, place) in Registry)
        {
            var mentions = new List<Mention>();
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                mentions.Add(new Mention(at, at + name.Length, name, type, MentionSource.Gazetteer, 1.0, GazetteerId: id));
            }

            if (mentions.Count > 0) entities.Add(new Entity(id, name, type, [], mentions, 1.0, place));
        }

        var events = new RuleEventExtractor().Extract(SentenceSplitter.Analyze(text), entities, published);
        return new Extraction(new Article(url, "Report", published, [], "en", text), entities, events, "test-1");
    }
}
