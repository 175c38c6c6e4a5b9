using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    // Mexico's eight relations in answer order: kind name (HOLDS_POSITION < HOLDS_RESERVES < MEMBER_OF < PART_OF
    // < PRODUCES < TOOK_PART_IN), then id.
    static readonly string[] MexicoRelations =
    [
        "rel/sheinbaum-president-of-mexico",
        "rel/mexico-lithium-reserves-large",
        "rel/mexico-lithium-reserves-small",
        "rel/mexico-member-of-nafta",
        "rel/mexico-member-of-usmca",
        "rel/secretaria-part-of-mexico",
        "rel/mexico-produces-graphite",
        "rel/mexico-took-part-in-meeting",
    ];

    async Task<Page<Relation>> RelationsOf(RelationListQuery query) => Assert.Single(await Store.GetRelationsAsync([query]));

    [Fact]
    public async Task GetRelations_BothDirections_OrdersByKindNameThenId()
    {
        var page = await RelationsOf(new RelationListQuery { EntityId = "government/mexico", IncludeTotal = true });

        Assert.Equal(MexicoRelations, Ids(page.Items));
        Assert.False(page.HasNextPage);
        Assert.Equal(8, page.TotalCount);
    }

    [Fact]
    public async Task GetRelations_Direction_OutgoingMeansEntityIsFrom()
    {
        var outgoing = await RelationsOf(new RelationListQuery { EntityId = "government/mexico", Direction = RelationDirection.Outgoing });
        var incoming = await RelationsOf(new RelationListQuery { EntityId = "government/mexico", Direction = RelationDirection.Incoming });

        Assert.Equal(["rel/mexico-lithium-reserves-large", "rel/mexico-lithium-reserves-small", "rel/mexico-member-of-nafta",
            "rel/mexico-member-of-usmca", "rel/mexico-produces-graphite", "rel/mexico-took-part-in-meeting"], Ids(outgoing.Items));
        Assert.All(outgoing.Items, r => Assert.Equal("government/mexico", r.From));
        Assert.Equal(["rel/sheinbaum-president-of-mexico", "rel/secretaria-part-of-mexico"], Ids(incoming.Items));
        Assert.All(incoming.Items, r => Assert.Equal("government/mexico", r.To));
    }

    [Fact]
    public async Task GetRelations_Kinds_KeepsOnlyThoseKindsInKindNameOrder()
    {
        var page = await RelationsOf(new RelationListQuery
        {
            EntityId = "government/mexico",
            Kinds = [RelationKind.TookPartIn, RelationKind.MemberOf, RelationKind.TookPartIn],
        });

        Assert.Equal(["rel/mexico-member-of-nafta", "rel/mexico-member-of-usmca", "rel/mexico-took-part-in-meeting"], Ids(page.Items));
    }

    [Fact]
    public async Task GetRelations_AsOf_LeavesOutOnlyRelationsDatedOutside()
    {
        // 2025: NAFTA membership ended 2020-06-30. 2010: USMCA membership and Sheinbaum's presidency not begun.
        // Undated relations (reserves, PART_OF, …) are Unknown on any date and stay.
        var in2025 = await RelationsOf(new RelationListQuery { EntityId = "government/mexico", AsOf = new(2025, 1, 1) });
        var in2010 = await RelationsOf(new RelationListQuery { EntityId = "government/mexico", AsOf = new(2010, 1, 1) });
        var lastDay = await RelationsOf(new RelationListQuery { EntityId = "government/mexico", AsOf = new(2020, 6, 30), Kinds = [RelationKind.MemberOf] });

        Assert.Equal(MexicoRelations.Where(id => id != "rel/mexico-member-of-nafta"), Ids(in2025.Items));
        Assert.Equal(MexicoRelations.Where(id => id is not ("rel/mexico-member-of-usmca" or "rel/sheinbaum-president-of-mexico")), Ids(in2010.Items));
        Assert.Equal(["rel/mexico-member-of-nafta"], Ids(lastDay.Items));
    }

    [Fact]
    public async Task GetRelations_Pages_CutAfterOffsetAndFirst()
    {
        var middle = await RelationsOf(new RelationListQuery { EntityId = "government/mexico", Offset = 3, First = 3, IncludeTotal = true });
        var tail = await RelationsOf(new RelationListQuery { EntityId = "government/mexico", Offset = 6, First = 3 });

        Assert.Equal(MexicoRelations[3..6], Ids(middle.Items));
        Assert.True(middle.HasNextPage);
        Assert.Equal(8, middle.TotalCount);
        Assert.Equal(3, middle.Offset);
        Assert.Equal(MexicoRelations[6..], Ids(tail.Items));
        Assert.False(tail.HasNextPage);
        Assert.Null(tail.TotalCount);
    }

    [Fact]
    public async Task GetRelations_SeveralQueries_AnswerInQueryOrder()
    {
        var pages = await Store.GetRelationsAsync(
        [
            new RelationListQuery { EntityId = "mineral/terbium" },
            new RelationListQuery { EntityId = "government/atlantis", IncludeTotal = true },
            new RelationListQuery { EntityId = "company/neo-performance", Direction = RelationDirection.Outgoing },
        ]);

        Assert.Equal(3, pages.Count);
        Assert.Equal(["rel/terbium-part-of-ree", "rel/neo-refines-terbium", "rel/ree-controls-restrict-terbium"], Ids(pages[0].Items));
        Assert.Empty(pages[1].Items);
        Assert.Equal(0, pages[1].TotalCount);
        Assert.Equal(["rel/neo-based-in-canada", "rel/neo-refines-terbium"], Ids(pages[2].Items));
    }

    [Fact]
    public async Task GetRelations_Evidence_CarriesItsSource()
    {
        var page = await RelationsOf(new RelationListQuery { EntityId = "mineral/graphite" });

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items.SelectMany(r => r.Evidence), ev => Assert.Equal("source/fixture-article", ev.Source?.Id));
    }

    [Fact]
    public async Task GetRelations_NegativeFirst_Throws()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetRelationsAsync([new RelationListQuery { EntityId = "government/mexico", First = -1 }]));
    }
}
