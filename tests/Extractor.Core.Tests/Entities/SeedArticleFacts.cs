using System.Text.Json;
using Extractor.Core.Entities;
using Extractor.Core.Gazetteers;
using Extractor.Core.Tests.Gazetteers;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Entities;

/// <summary>The gazetteer path alone (no tagger) finds every leader, group and place a reader finds in the seeds.</summary>
public class SeedArticleFacts
{
    public static TheoryData<string, string, string> ExpectedEntities()
    {
        var data = new TheoryData<string, string, string>();
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(UpwardSearch.SeedsFolder, "expected.json")));
        foreach (var article in expected.RootElement.EnumerateObject().Where(property => property.Name.EndsWith(".txt", StringComparison.Ordinal)))
        {
            foreach (var kind in article.Value.GetProperty("entities").EnumerateObject())
            {
                foreach (var forms in kind.Value.EnumerateArray())
                {
                    data.Add(article.Name, kind.Name, string.Join('|', forms.EnumerateArray().Select(form => form.GetString())));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedEntities))]
    public void GazetteerAndLinker_FindEachExpectedEntityWithItsType(string file, string kind, string forms)
    {
        var text = File.ReadAllText(Path.Combine(UpwardSearch.SeedsFolder, file));
        var document = SentenceSplitter.Analyze(text);
        var gazetteer = TestGazetteer.Instance;
        var entities = new EntityLinker(gazetteer).Link(document, new GazetteerMentionFinder(gazetteer).FindMentions(document));
        var accepted = forms.Split('|');
        var type = Enum.Parse<EntityType>(kind, ignoreCase: true);

        var found = entities.Where(entity => entity.Aliases.Prepend(entity.Name).Any(name => accepted.Contains(name, StringComparer.OrdinalIgnoreCase))).ToList();

        Assert.Contains(found, entity => entity.Type == type);
    }
}
