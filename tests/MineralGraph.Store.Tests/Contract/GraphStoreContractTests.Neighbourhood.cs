using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task Neighbourhood_DepthOne_NodesInDiscoveryOrderEdgesById()
    {
        var g = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico" });

        // Discovery follows Mexico's relations in kind-name-then-id order; lithium is reached twice, listed once.
        Assert.Equal(["government/mexico", "official/claudia-sheinbaum", "mineral/lithium", "agreement/nafta", "agreement/usmca",
            "agency/mexico-secretaria-de-economia", "mineral/graphite", "event/mexico-city-meeting"], Ids(g.Nodes));
        Assert.Equal(MexicoRelations.Order(StringComparer.Ordinal), Ids(g.Edges));
        Assert.False(g.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_DepthTwo_ExpandsOnlyUpToDepthAndKeepsTraversedEdges()
    {
        var g = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "official/marcelo-ebrard", Depth = 2 });

        Assert.Equal(["official/marcelo-ebrard", "agreement/critical-minerals-action-plan", "agency/mexico-secretaria-de-economia",
            "mineral/lithium", "government/canada", "agreement/usmca", "government/mexico"], Ids(g.Nodes));
        // Mexico and lithium are both in the result, but neither is expanded (depth 2), so Mexico's reserves
        // relations to lithium are not edges: edges are the relations traversed.
        Assert.Equal(["rel/action-plan-covers-lithium", "rel/action-plan-part-of-usmca", "rel/canada-member-of-action-plan",
            "rel/ebrard-announced-action-plan", "rel/ebrard-secretary-of-economy", "rel/secretaria-part-of-mexico"], Ids(g.Edges));
        Assert.False(g.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_LimitPerNode_CutsTheHubAndSaysTruncated()
    {
        var g = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", LimitPerNode = 3 });

        Assert.Equal(["government/mexico", "official/claudia-sheinbaum", "mineral/lithium"], Ids(g.Nodes));
        Assert.Equal(["rel/mexico-lithium-reserves-large", "rel/mexico-lithium-reserves-small", "rel/sheinbaum-president-of-mexico"], Ids(g.Edges));
        Assert.True(g.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_MaxNodes_StopsAddingNodesButKeepsEdgesBetweenPresentNodes()
    {
        var g = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", MaxNodes = 3 });

        Assert.Equal(["government/mexico", "official/claudia-sheinbaum", "mineral/lithium"], Ids(g.Nodes));
        Assert.Equal(["rel/mexico-lithium-reserves-large", "rel/mexico-lithium-reserves-small", "rel/sheinbaum-president-of-mexico"], Ids(g.Edges));
        Assert.True(g.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_ExactlyAtLimits_IsNotTruncated()
    {
        var g = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", LimitPerNode = 8, MaxNodes = 8 });

        Assert.Equal(8, g.Nodes.Count);
        Assert.Equal(8, g.Edges.Count);
        Assert.False(g.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_KindsAndAsOf_FilterTraversal()
    {
        var members = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", Kinds = [RelationKind.MemberOf] });
        var now = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", Kinds = [RelationKind.MemberOf], AsOf = new(2025, 1, 1) });

        Assert.Equal(["government/mexico", "agreement/nafta", "agreement/usmca"], Ids(members.Nodes));
        Assert.Equal(["government/mexico", "agreement/usmca"], Ids(now.Nodes));
        Assert.Equal(["rel/mexico-member-of-usmca"], Ids(now.Edges));
    }

    [Fact]
    public async Task Neighbourhood_DepthZero_IsTheStartAlone()
    {
        var g = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", Depth = 0 });

        Assert.Equal(["government/mexico"], Ids(g.Nodes));
        Assert.Empty(g.Edges);
        Assert.False(g.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_UnknownStart_IsEmpty()
    {
        var g = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/atlantis", Depth = 2 });

        Assert.Empty(g.Nodes);
        Assert.Empty(g.Edges);
        Assert.False(g.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_BadLimits_Throw()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", Depth = -1 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", MaxNodes = 0 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", LimitPerNode = -1 }));
    }
}
