using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Curation;

/// <summary>The change log, on both stores: <c>changes</c> after a number, by scope and operation, paged; <c>latestSequence</c>.</summary>
public abstract partial class CurationContractTests
{
    /// <summary>
    /// Five changes: 1 creates a duplicate agency, 2 ties it to Mexico, 3 merges it into the Secretaría de Economía,
    /// 4 retracts the action plan's lithium tie, 5 adds Japan to the MSP.
    /// </summary>
    async Task<(IGraphStore Read, ICurationStore Write, long First)> FiveChangesAsync()
    {
        var (read, write) = await FreshStoresAsync();
        var first = (await write.ApplyAsync(new CreateEntity("agency/economy-ministry-of-mexico", new EntityFieldsInput { Name = "Economy Ministry of Mexico", Description = "Duplicate entry." }), Ana)).Sequence;
        await write.ApplyAsync(new AssertRelation
        {
            Id = "rel/economy-ministry-part-of-mexico", Kind = "PART_OF", From = "agency/economy-ministry-of-mexico", To = "government/mexico",
            Evidence = [new EvidenceInput("source/fixture-article", "The Secretaría de Economía is a ministry of the Mexican government.")],
        }, Ana);
        await write.ApplyAsync(new MergeEntities("agency/mexico-secretaria-de-economia", "agency/economy-ministry-of-mexico"), Ana);
        await write.ApplyAsync(new RetractRelation("rel/action-plan-covers-lithium", "the plan names no minerals"), Ana);
        await write.ApplyAsync(JapanInUsmca() with { Id = "rel/japan-msp-curated" }, Ana);
        return (read, write, first);
    }

    [Fact]
    public async Task LatestSequence_IsZeroBeforeAnyChange_ThenTheLastChangesNumber()
    {
        var (_, write) = await FreshStoresAsync();
        Assert.Equal(0, await write.LatestSequenceAsync());
        var change = await write.ApplyAsync(JapanInUsmca(), Ana);
        Assert.Equal(change.Sequence, await write.LatestSequenceAsync());
    }

    [Fact]
    public async Task Changes_SinceANumber_AreTheLaterOnesOldestFirst()
    {
        var (_, write, first) = await FiveChangesAsync();
        var all = await write.ChangesAsync(new ChangesQuery(0));
        Assert.Equal(["createEntity", "assertRelation", "mergeEntities", "retractRelation", "assertRelation"], all.Items.Select(c => c.Operation));
        Assert.Equal(Enumerable.Range(0, 5).Select(i => first + i), all.Items.Select(c => c.Sequence));
        var later = await write.ChangesAsync(new ChangesQuery(first + 2));
        Assert.Equal([first + 3, first + 4], later.Items.Select(c => c.Sequence));
        Assert.Equal(2, later.TotalCount);
        Assert.Empty((await write.ChangesAsync(new ChangesQuery(first + 4))).Items);
        var retraction = later.Items[0];
        Assert.Equal("ana", retraction.Actor);
        Assert.Contains("rel/action-plan-covers-lithium", retraction.Targets);
        Assert.NotNull(retraction.Before);
        Assert.Contains("the plan names no minerals", retraction.After);
    }

    [Fact]
    public async Task Changes_ById_IncludeItsRelationsAndTheEntitiesMergedIntoIt()
    {
        var (_, write, first) = await FiveChangesAsync();
        // The survivor: its merge, and the merged entity's creation and tie from before the merge.
        var survivor = await write.ChangesAsync(new ChangesQuery(0, Ids: ["agency/mexico-secretaria-de-economia"]));
        Assert.Equal([first, first + 1, first + 2], survivor.Items.Select(c => c.Sequence));
        // A relation end: Mexico hears of the new tie to it.
        var mexico = await write.ChangesAsync(new ChangesQuery(0, Ids: ["government/mexico"]));
        Assert.Equal([first + 1], mexico.Items.Select(c => c.Sequence));
        // The merged-away id is known and has the same scope.
        var merged = await write.ChangesAsync(new ChangesQuery(0, Ids: ["agency/economy-ministry-of-mexico"]));
        Assert.Equal([first, first + 1, first + 2], merged.Items.Select(c => c.Sequence));
        // A retracted relation, and two ids at once.
        var two = await write.ChangesAsync(new ChangesQuery(0, Ids: ["rel/action-plan-covers-lithium", "government/japan"]));
        Assert.Equal([first + 3, first + 4], two.Items.Select(c => c.Sequence));
        // History follows the same rule.
        Assert.Equal([first, first + 1, first + 2], (await write.HistoryAsync("agency/mexico-secretaria-de-economia")).Select(c => c.Sequence));
    }

    [Fact]
    public async Task Changes_ByOperation_AreOnlyThoseKinds()
    {
        var (_, write, first) = await FiveChangesAsync();
        var ties = await write.ChangesAsync(new ChangesQuery(0, Operations: [ChangeOperation.AssertRelation, ChangeOperation.RetractRelation]));
        Assert.Equal([first + 1, first + 3, first + 4], ties.Items.Select(c => c.Sequence));
        Assert.All(ties.Items, c => Assert.Contains(ChangeOperations.Of(c), new[] { ChangeOperation.AssertRelation, ChangeOperation.RetractRelation }));
        var both = await write.ChangesAsync(new ChangesQuery(0, Ids: ["agency/mexico-secretaria-de-economia"], Operations: [ChangeOperation.MergeEntities]));
        Assert.Equal([first + 2], both.Items.Select(c => c.Sequence));
    }

    [Fact]
    public async Task Changes_ArePagedByCursor_AndAChangeMadeBetweenPagesIsNotSkipped()
    {
        var (_, write, first) = await FiveChangesAsync();
        var page1 = await write.ChangesAsync(new ChangesQuery(0, First: 2));
        Assert.Equal([first, first + 1], page1.Items.Select(c => c.Sequence));
        Assert.True(page1.HasNextPage);
        Assert.Equal(5, page1.TotalCount);
        var after = ChangeCursor.Encode(page1.Items[^1].Sequence);
        var page2 = await write.ChangesAsync(new ChangesQuery(0, First: 2, After: after));
        Assert.Equal([first + 2, first + 3], page2.Items.Select(c => c.Sequence));
        Assert.Equal(2, page2.Offset);
        await write.ApplyAsync(new UpdateEntity("government/japan", new EntityFieldsInput { Description = "An island country in East Asia." }), Ana);
        var page3 = await write.ChangesAsync(new ChangesQuery(0, First: 2, After: ChangeCursor.Encode(page2.Items[^1].Sequence)));
        Assert.Equal([first + 4, first + 5], page3.Items.Select(c => c.Sequence));
        Assert.False(page3.HasNextPage);
    }

    [Fact]
    public async Task Changes_BadInput_IsRefusedNamingTheArgument()
    {
        var (_, write, first) = await FiveChangesAsync();
        var future = await Assert.ThrowsAnyAsync<ArgumentException>(() => write.ChangesAsync(new ChangesQuery(first + 5)));
        Assert.Equal("since", future.ParamName);
        Assert.Equal("since", (await Assert.ThrowsAnyAsync<ArgumentException>(() => write.ChangesAsync(new ChangesQuery(-1)))).ParamName);
        Assert.Equal("first", (await Assert.ThrowsAnyAsync<ArgumentException>(() => write.ChangesAsync(new ChangesQuery(0, First: 0)))).ParamName);
        Assert.Equal("after", (await Assert.ThrowsAnyAsync<ArgumentException>(() => write.ChangesAsync(new ChangesQuery(0, After: "nope")))).ParamName);
        var many = Enumerable.Range(0, QueryCaps.ChangeIds + 1).Select(i => $"government/g{i}").ToList();
        Assert.Equal("ids", (await Assert.ThrowsAnyAsync<ArgumentException>(() => write.ChangesAsync(new ChangesQuery(0, Ids: many)))).ParamName);
        var unknown = await Assert.ThrowsAsync<UnknownIdsException>(() => write.ChangesAsync(new ChangesQuery(0, Ids: ["government/japan", "official/nobody", "rel/never"])));
        Assert.Equal("ids", unknown.Argument);
        Assert.Equal(["official/nobody", "rel/never"], unknown.Ids);
        // A seed relation never curated is known.
        Assert.Empty((await write.ChangesAsync(new ChangesQuery(0, Ids: ["rel/mexico-member-of-usmca"]))).Items);
    }
}
