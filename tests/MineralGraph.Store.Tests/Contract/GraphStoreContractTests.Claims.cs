using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// Denied claims, amounts and expected dates (issue 16), from Fixtures/contract-seed/relations/claims.yaml: Japan is
/// denied membership of the USMCA; the United States funds MP Materials with $400 million and owns about 15 % of it;
/// Japan funds it with up to $500 million; Canada is expected to join the action plan in the second half of 2026.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task FindPaths_DeniedClaim_IsNeverWalked()
    {
        // Japan–USMCA–Mexico would be two hops if the denied membership were a tie; the shortest real chain is longer.
        var paths = await Store.FindPathsAsync(new PathQuery { From = "government/japan", To = "agreement/usmca", MaxHops = 4 });

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.DoesNotContain("rel/japan-member-of-usmca", Ids(p.Relations)));
        Assert.All(paths, p => Assert.True(p.Hops > 1));
        Assert.Empty(await Store.FindPathsAsync(new PathQuery { From = "government/japan", To = "agreement/usmca", MaxHops = 1 }));
    }

    [Fact]
    public async Task Neighbourhood_DeniedClaim_IsNeverAnEdge()
    {
        var g = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/japan" });

        Assert.DoesNotContain("rel/japan-member-of-usmca", Ids(g.Edges));
        Assert.DoesNotContain("agreement/usmca", Ids(g.Nodes));
    }

    [Fact]
    public async Task AlliesSharingCapacity_DeniedMembership_DoesNotMakeAMember()
    {
        var shares = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery());

        var usmca = Assert.Single(shares, s => s.Alliance.Id == "agreement/usmca");
        Assert.DoesNotContain("government/japan", Ids(usmca.Members.Select(m => m.Government)));
    }

    [Fact]
    public async Task GetRelations_DeniedClaim_IsListedFlaggedAndFilterable()
    {
        var all = await RelationsOf(new RelationListQuery { EntityId = "government/japan" });
        var denied = await RelationsOf(new RelationListQuery { EntityId = "government/japan", Denied = true });
        var affirmed = await RelationsOf(new RelationListQuery { EntityId = "government/japan", Denied = false });

        Assert.True(Assert.Single(all.Items, r => r.Id == "rel/japan-member-of-usmca").Denied);
        Assert.Equal(["rel/japan-member-of-usmca"], Ids(denied.Items));
        Assert.Equal(["rel/japan-funds-mp-materials", "rel/japan-member-of-msp", "rel/japan-refines-dysprosium"], Ids(affirmed.Items));
        Assert.All(affirmed.Items, r => Assert.False(r.Denied));
    }

    [Fact]
    public async Task GetRelations_Amount_ComesBackAsWritten()
    {
        var page = await RelationsOf(new RelationListQuery { EntityId = "company/mp-materials", Kinds = [RelationKind.Owns] });

        var stake = Assert.Single(page.Items);
        Assert.Equal(new Amount { Value = 15, Unit = "percent", Qualifier = AmountQualifier.About, Basis = "of its stock", Text = "about 15%" }, stake.Amount);
    }

    [Fact]
    public async Task GetRelations_MinAmount_KeepsFiguresAtLeastItInItsUnitButNeverUpTo()
    {
        var usd = await RelationsOf(new RelationListQuery { EntityId = "company/mp-materials", MinAmount = new(300_000_000, "USD") });
        var percent = await RelationsOf(new RelationListQuery { EntityId = "company/mp-materials", MinAmount = new(10, "percent") });
        var tooMuch = await RelationsOf(new RelationListQuery { EntityId = "company/mp-materials", MinAmount = new(400_000_001, "USD") });

        // Japan's "up to $500 million" may be any smaller amount, so it never meets a bound.
        Assert.Equal(["rel/us-funds-mp-materials"], Ids(usd.Items));
        Assert.Equal(["rel/us-owns-mp-materials-stake"], Ids(percent.Items));
        Assert.Empty(tooMuch.Items);
    }

    [Fact]
    public async Task GetRelations_OrderByAmount_ByUnitThenValueThenTheRest()
    {
        var descending = await RelationsOf(new RelationListQuery { EntityId = "company/mp-materials", Order = RelationOrder.AmountDescending });
        var ascending = await RelationsOf(new RelationListQuery { EntityId = "company/mp-materials", Order = RelationOrder.AmountAscending, First = 2, Offset = 1 });

        Assert.Equal(["rel/japan-funds-mp-materials", "rel/us-funds-mp-materials", "rel/us-owns-mp-materials-stake",
            "rel/mp-materials-based-in-us", "rel/mp-materials-refines-ree"], Ids(descending.Items));
        Assert.Equal(["rel/japan-funds-mp-materials", "rel/us-owns-mp-materials-stake"], Ids(ascending.Items));
    }

    [Fact]
    public async Task GetRelations_ExpectedStart_IsNotTrueOnAnyDay()
    {
        var before = await RelationsOf(new RelationListQuery { EntityId = "agreement/critical-minerals-action-plan", AsOf = new(2026, 1, 1) });
        var after = await RelationsOf(new RelationListQuery { EntityId = "agreement/critical-minerals-action-plan", AsOf = new(2027, 6, 1) });
        var undated = await RelationsOf(new RelationListQuery { EntityId = "agreement/critical-minerals-action-plan" });

        Assert.DoesNotContain("rel/canada-member-of-action-plan", Ids(before.Items));
        Assert.DoesNotContain("rel/canada-member-of-action-plan", Ids(after.Items));
        var planned = Assert.Single(undated.Items, r => r.Id == "rel/canada-member-of-action-plan");
        Assert.True(planned.Since!.Value.Expected);
        Assert.Equal("second half of 2026", planned.Since.Value.Text);
        Assert.Equal("2026-07-01/2026-12-31", planned.Since.Value.ToString());
    }
}
