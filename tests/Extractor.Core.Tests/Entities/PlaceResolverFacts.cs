using Extractor.Core.Entities;
using Extractor.Core.Gazetteers;

namespace Extractor.Core.Tests.Entities;

public class PlaceResolverFacts
{
    private static readonly GazetteerEntry BigCity = new("geo:1", "Santa Rosa", EntityType.Place, GazetteerKind.City, [], Country: "US", Population: 170_000);
    private static readonly GazetteerEntry SmallTown = new("geo:2", "Santa Rosa", EntityType.Place, GazetteerKind.City, [], Country: "CO", Population: 20_000);
    private static readonly GazetteerEntry Tiny = new("geo:3", "Santa Rosa", EntityType.Place, GazetteerKind.City, [], Country: "AR", Population: 1_000);

    [Fact]
    public void Resolve_TakesTheMostPopulousCandidateWithoutContext()
    {
        Assert.Same(BigCity, PlaceResolver.Resolve([SmallTown, BigCity, Tiny], new HashSet<string>()));
    }

    [Fact]
    public void Resolve_PrefersACandidateInACountryTheArticleNames()
    {
        Assert.Same(SmallTown, PlaceResolver.Resolve([BigCity, SmallTown, Tiny], new HashSet<string> { "CO" }));
    }

    [Fact]
    public void Resolve_KeepsAFarLargerCandidateOverATinyOneInContext()
    {
        Assert.Same(BigCity, PlaceResolver.Resolve([BigCity, Tiny], new HashSet<string> { "AR" }));
    }

    [Fact]
    public void Describe_CarriesCountryRegionAndCoordinates()
    {
        var region = new GazetteerEntry("iso2:CO-NSA", "Norte de Santander", EntityType.Place, GazetteerKind.Region, [], Country: "CO", Admin1: "CO-NSA", Latitude: 7.9, Longitude: -72.6);

        Assert.Equal(new PlaceInfo("CO", "CO-NSA", 7.9, -72.6), PlaceResolver.Describe(region));
    }
}
