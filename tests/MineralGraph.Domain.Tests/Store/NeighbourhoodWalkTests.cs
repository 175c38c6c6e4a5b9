using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using static MineralGraph.Domain.Tests.Store.PlainGraph;

namespace MineralGraph.Domain.Tests.Store;

/// <summary>
/// The neighbourhood walk every store runs over what it fetched, on a hand-made graph: a hub with three ties, one of
/// which leads on to a second ring.
/// </summary>
public sealed class NeighbourhoodWalkTests
{
    static readonly Entity[] Entities =
        [E("government/hub"), E("government/a"), E("government/b"), E("government/c"), E("government/d")];

    // In kind name then id order, as stores hand them over.
    static readonly Relation[] Relations =
    [
        R("rel/1-hub-a", RelationKind.BasedIn, "government/hub", "government/a"),
        R("rel/2-b-hub", RelationKind.BasedIn, "government/b", "government/hub"),
        R("rel/3-hub-c", RelationKind.MemberOf, "government/hub", "government/c"),
        R("rel/4-a-d", RelationKind.MemberOf, "government/a", "government/d"),
        R("rel/5-b-c", RelationKind.PartOf, "government/b", "government/c"),
    ];

    static Subgraph Walk(NeighbourhoodQuery query, List<string>? expanded = null) =>
        NeighbourhoodWalk.Run(query, Entities.Single(e => e.Id == query.Id), node =>
        {
            expanded?.Add(node);
            var ordered = Relations.Where(r => r.From == node || r.To == node).ToList();
            return new NeighbourhoodWalk.Expansion(ordered.Take(query.LimitPerNode).ToList(), ordered.Count > query.LimitPerNode);
        }, id => Entities.Single(e => e.Id == id));

    static string[] Ids(IEnumerable<Entity> nodes) => nodes.Select(n => n.Id).ToArray();

    [Fact]
    public void DepthOne_NodesInDiscoveryOrder_OnlyTraversedEdges()
    {
        var expanded = new List<string>();
        var graph = Walk(new NeighbourhoodQuery { Id = "government/hub", Depth = 1 }, expanded);

        Assert.Equal(["government/hub", "government/a", "government/b", "government/c"], Ids(graph.Nodes));
        // b–c joins two nodes of the last depth: not traversed, so not an edge.
        Assert.Equal(["rel/1-hub-a", "rel/2-b-hub", "rel/3-hub-c"], graph.Edges.Select(e => e.Id));
        Assert.False(graph.Truncated);
        Assert.Equal(["government/hub"], expanded);
    }

    [Fact]
    public void DepthTwo_EdgeReachedFromBothEnds_ComesOnceAndEdgesAreById()
    {
        var graph = Walk(new NeighbourhoodQuery { Id = "government/hub", Depth = 2 });

        Assert.Equal(["government/hub", "government/a", "government/b", "government/c", "government/d"], Ids(graph.Nodes));
        Assert.Equal(["rel/1-hub-a", "rel/2-b-hub", "rel/3-hub-c", "rel/4-a-d", "rel/5-b-c"], graph.Edges.Select(e => e.Id));
        Assert.False(graph.Truncated);
    }

    [Fact]
    public void LimitPerNode_CutsTheExpansionAndTruncates()
    {
        var graph = Walk(new NeighbourhoodQuery { Id = "government/hub", Depth = 1, LimitPerNode = 2 });

        Assert.Equal(["government/hub", "government/a", "government/b"], Ids(graph.Nodes));
        Assert.True(graph.Truncated);
    }

    [Fact]
    public void MaxNodes_RefusesTheNodeDropsItsRelationAndTruncates()
    {
        var graph = Walk(new NeighbourhoodQuery { Id = "government/hub", Depth = 2, MaxNodes = 3 });

        Assert.Equal(["government/hub", "government/a", "government/b"], Ids(graph.Nodes));
        Assert.Equal(["rel/1-hub-a", "rel/2-b-hub"], graph.Edges.Select(e => e.Id));
        Assert.True(graph.Truncated);
    }

    [Fact]
    public void DepthZero_TheStartAlone_UnknownStart_Nothing()
    {
        var expanded = new List<string>();
        var alone = Walk(new NeighbourhoodQuery { Id = "government/hub", Depth = 0 }, expanded);
        Assert.Equal(["government/hub"], Ids(alone.Nodes));
        Assert.Empty(alone.Edges);
        Assert.Empty(expanded);

        var unknown = NeighbourhoodWalk.Run(new NeighbourhoodQuery { Id = "government/atlantis" }, null,
            _ => throw new InvalidOperationException("nothing to expand"), _ => throw new InvalidOperationException("no entity"));
        Assert.Empty(unknown.Nodes);
        Assert.Empty(unknown.Edges);
        Assert.False(unknown.Truncated);
    }
}
