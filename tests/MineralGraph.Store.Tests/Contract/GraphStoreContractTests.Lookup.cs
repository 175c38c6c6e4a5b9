using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Store.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task GetEntity_KnownId_ReturnsAllFields()
    {
        var e = await Store.GetEntityAsync("agreement/usmca");

        Assert.NotNull(e);
        Assert.Equal(EntityKind.Agreement, e.Kind);
        Assert.Equal("United States-Mexico-Canada Agreement", e.Name);
        Assert.Equal(["USMCA", "T-MEC", "CUSMA"], e.Aliases);
        Assert.Equal("trade-agreement", e.Type);
        Assert.Equal("active", e.Status);
        Assert.Equal(new PartialDate(2020, 7, 1), e.Date);
    }

    [Fact]
    public async Task GetEntity_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.GetEntityAsync("government/atlantis"));
        Assert.Null(await Store.GetEntityAsync("GOVERNMENT/MEXICO")); // ids are exact
    }

    [Fact]
    public async Task GetEntities_MixedIds_KeepsOrderWithNullForUnknown()
    {
        var entities = await Store.GetEntitiesAsync(["mineral/terbium", "nope/nothing", "government/canada", "mineral/terbium"]);

        Assert.Equal(["mineral/terbium", "(null)", "government/canada", "mineral/terbium"], Ids(entities));
    }

    [Fact]
    public async Task GetRelation_KnownId_ReturnsDatesRoleAndEvidenceWithSource()
    {
        var r = await Store.GetRelationAsync("rel/mexico-member-of-usmca");

        Assert.NotNull(r);
        Assert.Equal(RelationKind.MemberOf, r.Kind);
        Assert.Equal("government/mexico", r.From);
        Assert.Equal("agreement/usmca", r.To);
        Assert.Equal(new PartialDate(2020, 7, 1), r.Since);
        Assert.Equal(Truth.True, r.IsCurrent);
        Assert.Equal(2, r.Evidence.Count);
        Assert.All(r.Evidence, ev =>
        {
            Assert.Equal("source/fixture-article", ev.SourceId);
            Assert.NotNull(ev.Source);
            Assert.Equal("Fixture article for the store contract tests", ev.Source.Name);
        });
        Assert.Equal("Mexico joined the USMCA when it entered into force in July 2020.", r.Evidence[1].Quote);
    }

    [Fact]
    public async Task GetRelation_EndedRelation_KeepsUntilAndCurrentFalse()
    {
        var r = await Store.GetRelationAsync("rel/mexico-member-of-nafta");

        Assert.NotNull(r);
        Assert.Equal(new PartialDate(1994, 1, 1), r.Since);
        Assert.Equal(new PartialDate(2020, 6, 30), r.Until);
        Assert.Equal(Truth.False, r.IsCurrent);
    }

    [Fact]
    public async Task GetRelation_DisputePair_EachNamesTheOther()
    {
        var large = await Store.GetRelationAsync("rel/mexico-lithium-reserves-large");
        var small = await Store.GetRelationAsync("rel/mexico-lithium-reserves-small");

        Assert.Equal(["rel/mexico-lithium-reserves-small"], large!.DisputedBy);
        Assert.Equal(["rel/mexico-lithium-reserves-large"], small!.DisputedBy);
        Assert.Equal("The government's own estimate.", large.Note);
    }

    [Fact]
    public async Task GetRelation_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.GetRelationAsync("rel/does-not-exist"));
        Assert.Null(await Store.GetRelationAsync("government/mexico"));
    }

    [Fact]
    public async Task GetRelationsById_KeepsOrderAndRepeats_NullForUnknown_WithEvidenceSources()
    {
        var found = await Store.GetRelationsByIdAsync(["rel/mexico-lithium-reserves-small", "rel/does-not-exist", "rel/mexico-member-of-usmca", "rel/mexico-lithium-reserves-small"]);
        Assert.Equal(["rel/mexico-lithium-reserves-small", null, "rel/mexico-member-of-usmca", "rel/mexico-lithium-reserves-small"], found.Select(r => r?.Id));
        Assert.All(found.OfType<MineralGraph.Domain.Model.Relation>(), r => Assert.All(r.Evidence, e => Assert.NotNull(e.Source)));
        Assert.Equal((await Store.GetRelationAsync("rel/mexico-member-of-usmca"))!.Evidence.Select(e => e.Quote), found[2]!.Evidence.Select(e => e.Quote));
        Assert.Empty(await Store.GetRelationsByIdAsync([]));
    }

    [Fact]
    public async Task Count_FixtureSeed_CountsEveryKindAndEvidence()
    {
        var counts = await Store.CountAsync();

        Assert.Equal(new Dictionary<string, int>
        {
            ["agency"] = 2, ["agreement"] = 4, ["company"] = 2, ["event"] = 1, ["government"] = 5,
            ["measure"] = 2, ["mineral"] = 5, ["official"] = 2, ["project"] = 1, ["source"] = 2,
        }, counts.Entities.ToDictionary());
        Assert.Equal(new Dictionary<string, int>
        {
            ["ANNOUNCED"] = 1, ["BASED_IN"] = 3, ["COVERS"] = 1, ["FUNDS"] = 2, ["HOLDS_POSITION"] = 2, ["HOLDS_RESERVES"] = 2,
            ["IMPOSED_BY"] = 2, ["MEMBER_OF"] = 9, ["OWNS"] = 1, ["PART_OF"] = 5, ["PRODUCES"] = 3, ["REFINES"] = 4,
            ["RESTRICTS"] = 4, ["SUCCEEDS"] = 1, ["TOOK_PART_IN"] = 2,
        }, counts.Relations.ToDictionary()); // a denied claim is a claim of the graph: counted, never walked
        Assert.Equal(43, counts.Evidence);
    }
}
