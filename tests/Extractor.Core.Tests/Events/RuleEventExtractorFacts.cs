using Extractor.Core.Dates;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Events;

public sealed class RuleEventExtractorFacts
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    private static readonly (string, EntityType, string[])[] Cast =
    [
        ("leader:ruto", EntityType.Leader, ["William Ruto", "Ruto"]),
        ("leader:hassan", EntityType.Leader, ["Samia Suluhu Hassan", "Hassan"]),
        ("group:army", EntityType.Group, ["Kenyan army", "Kenya Defence Forces"]),
        ("group:shabaab", EntityType.Group, ["al-Shabaab", "Shabaab"]),
        ("group:union", EntityType.Group, ["teachers' union", "Kenya National Union of Teachers"]),
        ("group:government", EntityType.Group, ["Kenyan government"]),
        ("place:lamu", EntityType.Place, ["Lamu"]),
        ("place:nairobi", EntityType.Place, ["Nairobi"]),
        ("place:kenya", EntityType.Place, ["Kenya"]),
    ];

    private static IReadOnlyList<Event> Extract(string text, DateOnly? published = null)
    {
        var document = SentenceSplitter.Analyze(text);
        return new RuleEventExtractor().Extract(document, TestEntities.Find(text, Cast), published ?? Published);
    }

    private static Event Only(IReadOnlyList<Event> events, PloverType type) => Assert.Single(events, e => e.Type == type);

    [Fact]
    public void Extract_FindsAPassiveAssaultWithAgentCountPlaceAndDate()
    {
        const string text = "On March 12, 2025, nine al-Shabaab fighters were killed by the Kenyan army in Lamu.";
        var assault = Only(Extract(text), PloverType.Assault);
        Assert.Equal(["group:army"], assault.ActorIds);
        Assert.Equal(["group:shabaab"], assault.TargetIds);
        Assert.Equal("place:lamu", assault.PlaceId);
        Assert.Equal(PartialDate.Day(2025, 3, 12), assault.Date);
        Assert.Equal(9, assault.Quantities.Killed);
        Assert.Equal(EventStatus.Occurred, assault.Status);
        Assert.Equal("killed", assault.Trigger);
        Assert.Equal(text, assault.Evidence.Text);
    }

    [Fact]
    public void Extract_ReadsAnActiveAssaultAndItsWeaponMode()
    {
        var assault = Only(Extract("Yesterday Kenyan army jets bombed al-Shabaab positions near Lamu."), PloverType.Assault);
        Assert.Equal(["group:army"], assault.ActorIds);
        Assert.Equal(["group:shabaab"], assault.TargetIds);
        Assert.Equal("aerial", assault.Mode);
        Assert.Equal(PartialDate.Day(2025, 3, 13), assault.Date);
    }

    [Fact]
    public void Extract_FindsAConsultationBetweenTwoLeaders()
    {
        var consult = Only(Extract("William Ruto met Samia Suluhu Hassan in Nairobi on Tuesday."), PloverType.Consult);
        Assert.Equal(["leader:ruto"], consult.ActorIds);
        Assert.Equal(["leader:hassan"], consult.TargetIds);
        Assert.Equal("place:nairobi", consult.PlaceId);
        Assert.Equal(PartialDate.Day(2025, 3, 11), consult.Date);
    }

    [Fact]
    public void Extract_MakesBothSidesOfTalksBetweenTwoPartiesActorsAndTargets()
    {
        var consult = Only(Extract("Talks between Ruto and Hassan lasted three hours."), PloverType.Consult);
        Assert.Equal(["leader:ruto", "leader:hassan"], consult.ActorIds);
        Assert.Equal(["leader:ruto", "leader:hassan"], consult.TargetIds);
    }

    [Fact]
    public void Extract_FindsARejection()
    {
        var reject = Only(Extract("The teachers' union rejected the offer from the Kenyan government."), PloverType.Reject);
        Assert.Equal(["group:union"], reject.ActorIds);
        Assert.Equal(["group:government"], reject.TargetIds);
    }

    [Fact]
    public void Extract_CodesWithdrawingFromTalksAsSanction()
    {
        var sanction = Only(Extract("Shabaab suspended its talks with the Kenyan government."), PloverType.Sanction);
        Assert.Equal("withdraw", sanction.Mode);
        Assert.Equal(["group:shabaab"], sanction.ActorIds);
        Assert.Equal(["group:government"], sanction.TargetIds);
        Assert.DoesNotContain(Extract("Shabaab suspended its talks with the Kenyan government."), e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void Extract_MarksADeniedAttackAsNegated()
    {
        var assault = Only(Extract("Shabaab did not attack the Kenyan army in Lamu."), PloverType.Assault);
        Assert.Equal(EventStatus.Negated, assault.Status);
    }

    [Fact]
    public void Extract_CodesAFutureMeetingAsAPlannedAgreement()
    {
        var agree = Only(Extract("Ruto will meet Hassan in Nairobi next Monday."), PloverType.Agree);
        Assert.Equal(EventStatus.Planned, agree.Status);
        Assert.Equal(["leader:ruto"], agree.ActorIds);
        Assert.Equal(PartialDate.Day(2025, 3, 17), agree.Date);
    }

    [Fact]
    public void Extract_CodesARefusedMeetingAsRejection()
    {
        var reject = Only(Extract("Hassan refused to meet Ruto in Nairobi."), PloverType.Reject);
        Assert.Equal("meet", reject.Mode);
        Assert.Equal(["leader:hassan"], reject.ActorIds);
        Assert.Equal(["leader:ruto"], reject.TargetIds);
        Assert.Equal(EventStatus.Occurred, reject.Status);
    }

    [Fact]
    public void Extract_CodesAnAnnouncedCurfewAsAThreat()
    {
        var threat = Only(Extract("The Kenyan government will impose a curfew in Lamu."), PloverType.Threaten);
        Assert.Equal("restrict", threat.Mode);
        Assert.Equal(EventStatus.Planned, threat.Status);
    }

    [Fact]
    public void Extract_CodesLiftingACurfewAsConcession()
    {
        var concede = Only(Extract("The Kenyan government lifted the curfew in Lamu on Friday."), PloverType.Concede);
        Assert.Equal(["group:government"], concede.ActorIds);
        Assert.Equal("place:lamu", concede.PlaceId);
    }

    [Fact]
    public void Extract_MarksAConditionalThreatenedActionAsHypothetical()
    {
        var protest = Only(Extract("If pay is cut, the teachers' union could protest in Nairobi."), PloverType.Protest);
        Assert.Equal(EventStatus.Hypothetical, protest.Status);
        Assert.Equal(["group:union"], protest.ActorIds);
    }

    [Fact]
    public void Extract_MarksAReportedArrestAsClaimed()
    {
        var coerce = Only(Extract("According to local media, police arrested 14 protesters in Nairobi."), PloverType.Coerce);
        Assert.Equal(EventStatus.Claimed, coerce.Status);
        Assert.Equal(14, coerce.Quantities.Arrested);
        Assert.Equal("arrest", coerce.Mode);
    }

    [Fact]
    public void Extract_MergesMentionsOfOneAttackAcrossConsecutiveSentences()
    {
        const string text = "On March 12, 2025, jets bombed a camp in Lamu.\nTwelve Shabaab fighters were killed.";
        var assault = Only(Extract(text), PloverType.Assault);
        Assert.Equal("place:lamu", assault.PlaceId);
        Assert.Equal(PartialDate.Day(2025, 3, 12), assault.Date);
        Assert.Equal(12, assault.Quantities.Killed);
        Assert.Equal(["group:shabaab"], assault.TargetIds);
        Assert.Equal(text, assault.Evidence.Text);
        Assert.Equal($"ev:0:{text.IndexOf("bombed", StringComparison.Ordinal)}", assault.Id);
    }

    [Fact]
    public void Extract_MergesADescribedTargetWithTheNamedOneOfTheNextSentence_AndKeepsTheName()
    {
        const string text = "On March 12, 2025, jets bombed a camp in Lamu.\nTwelve Shabaab fighters were killed.";
        var document = SentenceSplitter.Analyze(text);
        var entities = TestEntities.Find(text, [.. Cast, ("place:camp~0a1b2c3d", EntityType.Place, ["camp"])]);

        var events = new RuleEventExtractor().Extract(document, entities, Published);

        var assault = Only(events, PloverType.Assault);
        Assert.Equal(["group:shabaab"], assault.TargetIds);
        Assert.Equal(12, assault.Quantities.Killed);
    }

    [Fact]
    public void Extract_KeepsAttacksWithConflictingCountsApart()
    {
        const string text = "Five soldiers were killed in Lamu. Nine soldiers were killed in Nairobi.";
        Assert.Equal(2, Extract(text).Count(e => e.Type == PloverType.Assault));
    }

    [Fact]
    public void Extract_AnchorsTheDayBeforeOnTheNarrativeDate()
    {
        const string text = "On March 2, 2025, jets bombed a camp in Lamu.\nThe day before, Ruto met Hassan in Nairobi.";
        var consult = Only(Extract(text), PloverType.Consult);
        Assert.Equal(PartialDate.Day(2025, 3, 1), consult.Date);
    }

    [Fact]
    public void Extract_ResolvesADescriptionTheArticleGaveAnEntity()
    {
        const string text = "Shabaab, a jihadist militia, lost ground.\nThe government held talks with the militia in Nairobi.";
        var consult = Only(Extract(text), PloverType.Consult);
        Assert.Equal(["group:shabaab"], consult.TargetIds);
    }

    [Fact]
    public void Extract_DoesNotMergeMentionsInConsecutiveSentencesThatShareNoParty()
    {
        const string text = "Ruto met Hassan in Nairobi.\nShabaab held talks with the teachers' union.";
        Assert.Equal(2, Extract(text).Count(e => e.Type == PloverType.Consult));
    }

    [Fact]
    public void Extract_GivesAParticipleClauseTheSubjectOfItsMainClause()
    {
        var accuse = Only(Extract("Shabaab suspended its talks with Ruto, accusing him of betrayal."), PloverType.Accuse);
        Assert.Equal(["group:shabaab"], accuse.ActorIds);
    }

    [Fact]
    public void Extract_IgnoresAPlaceInsideAnAsideAboutSomethingElse()
    {
        var sanction = Only(Extract("Shabaab — a militia that smuggles goods through Lamu — suspended its talks with Ruto."), PloverType.Sanction);
        Assert.Null(sanction.PlaceId);
        Assert.Equal(["group:shabaab"], sanction.ActorIds);
    }

    [Fact]
    public void Extract_DoesNotCrashWithoutAPublicationDate()
    {
        var document = SentenceSplitter.Analyze("Yesterday Ruto met Hassan.");
        var events = new RuleEventExtractor().Extract(document, TestEntities.Find(document.Text, Cast), published: null);
        Assert.Null(Only(events, PloverType.Consult).Date);
    }

    [Fact]
    public void Extract_FindsNothingInASentenceWithoutATrigger()
    {
        Assert.Empty(Extract("Ruto spent the weekend in Nairobi."));
    }
}
