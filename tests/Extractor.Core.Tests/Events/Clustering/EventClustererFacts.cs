using Extractor.Core.Dates;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Events.Clustering;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Events.Clustering;

public sealed class EventClustererFacts
{
    private static readonly PlaceInfo Catatumbo = new("CO", "CO-NSA", 8.9, -73.0);
    private static readonly PlaceInfo Tibu = new("CO", "CO-NSA", 8.6, -72.7);
    private static readonly PlaceInfo Cauca = new("CO", "CO-CAU", 2.5, -76.6);

    private static EventSignature Airstrike(
        string place = "geo:catatumbo", PlaceInfo? info = null, PartialDate? date = null, int? killed = 7,
        string[]? actors = null, string[]? targets = null, PloverType type = PloverType.Assault, EventStatus status = EventStatus.Occurred)
    {
        info ??= Catatumbo;
        return new EventSignature(
            type, status, actors ?? ["group:colombian-air-force"], targets ?? ["group:eln"], place, info.Country, info.Admin1,
            date ?? PartialDate.Day(2025, 3, 13), new Quantities(Killed: killed));
    }

    [Fact]
    public void Similarity_MatchesTwoReportsOfOneStrikeWordedDifferentlyADayApart()
    {
        var first = Report(
            "Colombian air force jets bombed an ELN camp in Catatumbo on Thursday, killing seven fighters, the army said.",
            new DateOnly(2025, 3, 14));
        var second = Report(
            "An air raid by the Colombian air force on Thursday night left 7 ELN guerrillas dead near Catatumbo, officials said on Saturday.",
            new DateOnly(2025, 3, 15));

        Assert.True(EventClusterer.Similarity(first, second) > 0, $"{first}\n{second}");
    }

    [Fact]
    public void Similarity_KeepsApartTheSameKindOfStrikeInAnotherRegion()
    {
        var first = Report("Colombian air force jets bombed an ELN camp in Catatumbo on Thursday.", new DateOnly(2025, 3, 14));
        var other = Report("Colombian air force jets bombed an ELN camp in Cauca on Thursday.", new DateOnly(2025, 3, 14));

        Assert.Equal(0, EventClusterer.Similarity(first, other));
    }

    [Fact]
    public void Similarity_KeepsApartAProtestAndAStrikeOnTheSameDayAndPlace()
    {
        Assert.Equal(0, EventClusterer.Similarity(Airstrike(), Airstrike(type: PloverType.Protest)));
    }

    [Theory]
    [InlineData(2025, 3, 16, true)]
    [InlineData(2025, 3, 17, false)]
    [InlineData(2025, 3, 10, true)]
    [InlineData(2025, 3, 9, false)]
    public void Similarity_AllowsThreeDaysBetweenDayPreciseDates(int year, int month, int day, bool matches)
    {
        var later = Airstrike(date: PartialDate.Day(year, month, day));
        Assert.Equal(matches, EventClusterer.Similarity(Airstrike(), later) > 0);
    }

    [Fact]
    public void Similarity_LetsAMonthPreciseDateCoverEveryDayOfItsMonth()
    {
        Assert.True(EventClusterer.Similarity(Airstrike(), Airstrike(date: PartialDate.Month(2025, 3))) > 0);
        Assert.Equal(0, EventClusterer.Similarity(Airstrike(), Airstrike(date: PartialDate.Month(2025, 5))));
    }

    [Fact]
    public void Similarity_NeverMatchesAYearPreciseDate()
    {
        Assert.Equal(0, EventClusterer.Similarity(Airstrike(date: PartialDate.Year(2025)), Airstrike(date: PartialDate.Year(2025))));
    }

    [Fact]
    public void Similarity_AcceptsAnotherPlaceInTheSameRegion()
    {
        Assert.True(EventClusterer.Similarity(Airstrike(), Airstrike(place: "geo:tibu", info: Tibu)) > 0);
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(40, false)]
    public void Similarity_RejectsContradictingDeathTolls(int killed, bool matches)
    {
        Assert.Equal(matches, EventClusterer.Similarity(Airstrike(killed: 7), Airstrike(killed: killed)) > 0);
    }

    [Fact]
    public void Similarity_RejectsDisjointActorsAndDisjointTargets()
    {
        var other = Airstrike(actors: ["group:farc-dissidents"], targets: ["group:clan-del-golfo"]);
        Assert.Equal(0, EventClusterer.Similarity(Airstrike(), other));
    }

    [Fact]
    public void Similarity_NeedsTwoCorroborations()
    {
        // Same region but another day in the window and no shared participant: only one corroboration.
        var weak = Airstrike(date: PartialDate.Day(2025, 3, 15), actors: [], targets: ["group:clan-del-golfo"]);
        Assert.Equal(0, EventClusterer.Similarity(Airstrike(), weak));
    }

    [Theory]
    [InlineData(EventStatus.Claimed, true)]
    [InlineData(EventStatus.Planned, false)]
    [InlineData(EventStatus.Negated, false)]
    [InlineData(EventStatus.Hypothetical, false)]
    public void Similarity_PairsAnOccurredEventOnlyWithOccurredOrClaimedReports(EventStatus status, bool matches)
    {
        Assert.Equal(matches, EventClusterer.Similarity(Airstrike(), Airstrike(status: status)) > 0);
    }

    [Fact]
    public void BestMatch_PrefersTheSamePlaceOverTheSameRegion()
    {
        var candidates = new[] { Airstrike(place: "geo:tibu", info: Tibu), Airstrike(), Airstrike(place: "geo:cauca", info: Cauca) };
        Assert.Equal(1, EventClusterer.BestMatch(Airstrike(), candidates));
        Assert.Equal(-1, EventClusterer.BestMatch(Airstrike(type: PloverType.Coerce), candidates));
    }

    [Fact]
    public void Merge_UnitesParticipantsAndKeepsTheMorePreciseDate()
    {
        var cluster = Airstrike(date: PartialDate.Month(2025, 3), actors: [], killed: null);
        var merged = EventClusterer.Merge(cluster, Airstrike(actors: ["group:colombian-air-force"], killed: 7));

        Assert.Equal(["group:colombian-air-force"], merged.ActorIds);
        Assert.Equal(PartialDate.Day(2025, 3, 13), merged.Date);
        Assert.Equal(7, merged.Quantities.Killed);
    }

    private static EventSignature Report(string text, DateOnly published)
    {
        var entities = TestEntities.Find(
            text,
            ("group:colombian-air-force", EntityType.Group, ["Colombian air force"]),
            ("group:eln", EntityType.Group, ["ELN"]),
            ("geo:catatumbo", EntityType.Place, ["Catatumbo"]),
            ("geo:cauca", EntityType.Place, ["Cauca"]));
        var places = new Dictionary<string, PlaceInfo> { ["geo:catatumbo"] = Catatumbo, ["geo:cauca"] = Cauca };
        var events = new RuleEventExtractor().Extract(SentenceSplitter.Analyze(text), entities, published);
        var strike = Assert.Single(events, e => e.Type == PloverType.Assault);
        return EventSignature.Of(strike, strike.PlaceId is { } id ? places.GetValueOrDefault(id) : null, published);
    }
}
