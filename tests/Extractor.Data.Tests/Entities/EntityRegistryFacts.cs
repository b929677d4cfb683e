using Dapper;
using Extractor.Data.Model;
using Extractor.Data.Registry;

namespace Extractor.Data.Tests.Entities;

public sealed class EntityRegistryFacts
{
    private const string Eln = "group:eln";
    private const string Petro = "leader:gustavo-petro";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SearchEntities_MatchesFoldedAliasPrefixes(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await ExtractSampleAsync(test);
        var created = await test.Store.CreateEntityAsync("Ejército de Liberación Nacional", "group", "co", "ana");

        var byAccentlessPrefix = await test.Store.SearchEntitiesAsync("ejercito de lib", 10);
        var bySurname = await test.Store.SearchEntitiesAsync("pet", 10);
        var everything = await test.Store.SearchEntitiesAsync(string.Empty, 10);

        Assert.Equal([created.Id], byAccentlessPrefix.Select(entity => entity.Id));
        Assert.Equal("CO", byAccentlessPrefix[0].Country);
        Assert.Equal([Petro], bySurname.Select(entity => entity.Id));
        Assert.Equal(2, bySurname[0].MentionCount);
        Assert.Equal(4, everything.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SearchEntities_LeavesOutDescriptionsLocalToOneArticle(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var articleId = await StoreTestData.AddArticleAsync(test.Store, await StoreTestData.AddSourceAsync(test.Store), "a.txt");
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.CreateWithParticipant());

        var everything = await test.Store.SearchEntitiesAsync(string.Empty, 10);
        var byName = await test.Store.SearchEntitiesAsync("fighters", 10);

        Assert.Equal(3, everything.Count);
        Assert.Empty(byName);
        Assert.NotNull(await test.Store.GetEntityAsync(SampleExtraction.ParticipantId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateEntity_NumbersATakenId_AndRecordsTheCreation(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await ExtractSampleAsync(test);

        var created = await test.Store.CreateEntityAsync("ELN", "group", null, "ana");

        Assert.Equal("group:eln-2", created.Id);
        var detail = await test.Store.GetEntityAsync(created.Id);
        Assert.Equal(["ELN"], detail!.Aliases);
        Assert.Equal(EntityOperation.Create, Assert.Single(detail.History).Operation);
        await Assert.ThrowsAsync<EntityRegistryException>(() => test.Store.CreateEntityAsync("X", "planet", null, "ana"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MergeEntities_RepointsMentionsArgumentsAndFacts_AndHidesTheMergedEntity(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await ExtractSampleAsync(test);
        var into = await test.Store.CreateEntityAsync("Ejército de Liberación Nacional", "group", "CO", "ana");

        await test.Store.MergeEntitiesAsync(Eln, into.Id, "ana");

        var detail = await test.Store.GetEntityAsync(into.Id);
        Assert.Contains("ELN", detail!.Aliases);
        Assert.Equal(1, detail.Entity.MentionCount);
        Assert.Single(detail.Articles);
        Assert.Equal([EntityOperation.Merge, EntityOperation.Create], detail.History.Select(entry => entry.Operation));
        Assert.Equal(into.Id, (await test.Store.GetEntityAsync(Eln))!.Entity.MergedInto);
        Assert.Equal([into.Id], (await test.Store.SearchEntitiesAsync("eln", 10)).Select(entity => entity.Id));
        await using var connection = await test.Database.OpenAsync();
        Assert.Equal(into.Id, await connection.ExecuteScalarAsync<string>("SELECT entity_id FROM event_arguments WHERE role = 'target'"));
        var facts = await test.Store.ListFactsAsync(null, 0, 100);
        var eventFact = facts.Single(fact => fact.Kind == FactKind.Event);
        Assert.Contains($"\"targets\":[\"{into.Id}\"]", eventFact.ValuesJson, StringComparison.Ordinal);
        Assert.Contains($"\"targets\":[\"{into.Id}\"]", eventFact.ExtractedJson, StringComparison.Ordinal);
        Assert.Contains(facts, fact => fact.Kind == FactKind.Entity && fact.SubjectId == into.Id);
        await Assert.ThrowsAsync<EntityRegistryException>(() => test.Store.MergeEntitiesAsync(Eln, Petro, "ana"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveExtraction_AfterAMerge_LandsOnTheSurvivor_AndKeepsItsReviewedFacts(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var articleId = await ExtractSampleAsync(test);
        var into = await test.Store.CreateEntityAsync("Ejército de Liberación Nacional", "group", "CO", "ana");
        await test.Store.MergeEntitiesAsync(Eln, into.Id, "ana");
        var eventFact = (await test.Store.ListFactsAsync(null, 0, 100)).Single(fact => fact.Kind == FactKind.Event);
        await test.Store.DecideFactAsync(new FactReview(eventFact.Id, eventFact.Version, ReviewAction.Approve, "ana"), canReview: false);

        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());

        Assert.Equal(FactStatus.Approved, (await test.Store.GetFactAsync(eventFact.Id))!.Status);
        Assert.Equal(0, (await test.Store.GetEntityAsync(Eln))!.Entity.MentionCount);
        var survivor = await test.Store.GetEntityAsync(into.Id);
        Assert.Equal(1, survivor!.Entity.MentionCount);
        Assert.Equal("Ejército de Liberación Nacional", survivor.Entity.Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UndoMerge_MovesEveryRowBack_AndCannotBeRepeated(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await ExtractSampleAsync(test);
        var before = await test.Store.ListFactsAsync(null, 0, 100);
        var into = await test.Store.CreateEntityAsync("Ejército de Liberación Nacional", "group", "CO", "ana");
        var merge = await test.Store.MergeEntitiesAsync(Eln, into.Id, "ana");

        await test.Store.UndoEntityOperationAsync(merge, "ben");

        var eln = await test.Store.GetEntityAsync(Eln);
        Assert.Null(eln!.Entity.MergedInto);
        Assert.Equal(1, eln.Entity.MentionCount);
        Assert.DoesNotContain("ELN", (await test.Store.GetEntityAsync(into.Id))!.Aliases);
        var after = await test.Store.ListFactsAsync(null, 0, 100);
        Assert.Equal(before.Select(fact => (fact.SubjectId, fact.ValuesJson)), after.Select(fact => (fact.SubjectId, fact.ValuesJson)));
        Assert.Equal(EntityOperation.Undo, eln.History[0].Operation);
        Assert.Equal(merge, eln.History[0].Undoes);
        await Assert.ThrowsAsync<EntityRegistryException>(() => test.Store.UndoEntityOperationAsync(merge, "ben"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SplitEntity_MovesChosenAliasesAndTheirMentions_AndUndoMovesThemBack(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await ExtractSampleAsync(test);

        var (created, split) = await test.Store.SplitEntityAsync(Petro, "Petro", ["Petro"], "ana");

        var kept = await test.Store.GetEntityAsync(Petro);
        var moved = await test.Store.GetEntityAsync(created.Id);
        Assert.Equal("leader:petro", created.Id);
        Assert.Equal(["Gustavo Petro"], kept!.Aliases);
        Assert.Equal(["Petro"], moved!.Aliases);
        Assert.Equal(["Petro"], moved.Mentions.Select(mention => mention.Text));
        // The article still names Gustavo Petro, so its event keeps him as the actor.
        await using var connection = await test.Database.OpenAsync();
        Assert.Equal(Petro, await connection.ExecuteScalarAsync<string>("SELECT entity_id FROM event_arguments WHERE role = 'actor'"));

        await test.Store.UndoEntityOperationAsync(split, "ben");

        var restored = await test.Store.GetEntityAsync(Petro);
        Assert.Equal(["Gustavo Petro", "Petro"], restored!.Aliases);
        Assert.Equal(2, restored.Entity.MentionCount);
        Assert.Equal(Petro, (await test.Store.GetEntityAsync(created.Id))!.Entity.MergedInto);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SplitEntity_OfEveryMentionInAnArticle_TakesItsEventsAndFacts(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await ExtractSampleAsync(test);
        // The canonical name stays with the old entity; after a rename the old name is an alias that can move.
        await test.Store.RenameEntityAsync(Petro, "Gustavo Francisco Petro", "ana");

        var (created, _) = await test.Store.SplitEntityAsync(Petro, "Petro", ["Petro", "Gustavo Petro"], "ana");

        await using var connection = await test.Database.OpenAsync();
        var kept = await test.Store.GetEntityAsync(Petro);
        Assert.Equal(0, kept!.Entity.MentionCount);
        Assert.Equal(["Gustavo Francisco Petro"], kept.Aliases);
        Assert.Equal(created.Id, await connection.ExecuteScalarAsync<string>("SELECT entity_id FROM event_arguments WHERE role = 'actor'"));
        var eventFact = (await test.Store.ListFactsAsync(null, 0, 100)).Single(fact => fact.Kind == FactKind.Event);
        Assert.Contains($"\"actors\":[\"{created.Id}\"]", eventFact.ValuesJson, StringComparison.Ordinal);
    }

    private static async Task<long> ExtractSampleAsync(TestDatabase test)
    {
        var articleId = await StoreTestData.AddArticleAsync(test.Store, await StoreTestData.AddSourceAsync(test.Store), "a.txt");
        await test.Store.SaveExtractionAsync(articleId, SampleExtraction.Create());
        return articleId;
    }
}
