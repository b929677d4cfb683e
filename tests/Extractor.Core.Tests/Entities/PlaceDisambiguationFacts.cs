using Extractor.Core.Entities;
using Extractor.Core.Gazetteers;
using Extractor.Core.Tests.Gazetteers;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Entities;

/// <summary>Ambiguous place names resolved by the other places an article names, not only by named countries.</summary>
public class PlaceDisambiguationFacts
{
    private readonly EntityLinker linker = new(TestGazetteer.Instance);

    [Theory]
    [InlineData("Córdoba", "Fighting spread from Medellín to Córdoba overnight.", "CO")]
    [InlineData("Córdoba", "Protests in Buenos Aires reached Córdoba on Friday.", "AR")]
    [InlineData("Córdoba", "Farmers drove from Madrid to Córdoba in protest.", "ES")]
    [InlineData("Georgia", "Police in Tbilisi said Georgia would close the border.", "GE")]
    [InlineData("Georgia", "Storms moved from Alabama into Georgia overnight.", "US")]
    [InlineData("Santa Rosa", "Troops moved from Buenos Aires to Santa Rosa after the attack.", "AR")]
    [InlineData("Santa Rosa", "Fires near Sacramento threatened Santa Rosa again.", "US")]
    public void Link_ResolvesAnAmbiguousPlaceByTheArticlesOtherPlaces(string name, string text, string country)
    {
        var document = SentenceSplitter.Analyze(text);

        var entities = linker.Link(document, new GazetteerMentionFinder(TestGazetteer.Instance).FindMentions(document));

        var place = Assert.Single(entities, entity => entity.Mentions.Any(mention => mention.Text == name));
        Assert.Equal(country, place.Place?.Country);
    }
}
