using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    static string[][] RelationIds(IEnumerable<GraphPath> paths) => paths.Select(p => Ids(p.Relations)).ToArray();

    [Fact]
    public async Task FindPaths_ThreeHops_FollowsRelationsAgainstTheirDirection()
    {
        var paths = await Store.FindPathsAsync(new PathQuery { From = "official/claudia-sheinbaum", To = "official/marcelo-ebrard" });

        var path = Assert.Single(paths);
        Assert.Equal(["official/claudia-sheinbaum", "government/mexico", "agency/mexico-secretaria-de-economia", "official/marcelo-ebrard"], Ids(path.Nodes));
        Assert.Equal(["rel/sheinbaum-president-of-mexico", "rel/secretaria-part-of-mexico", "rel/ebrard-secretary-of-economy"], Ids(path.Relations));
        Assert.Equal(3, path.Hops);
    }

    [Fact]
    public async Task FindPaths_SeveralShortest_OrderedByRelationIds()
    {
        var paths = await Store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "government/canada" });

        Assert.Equal([
            ["rel/mexico-member-of-usmca", "rel/canada-member-of-usmca"],
            ["rel/mexico-produces-graphite", "rel/canada-produces-graphite"],
        ], RelationIds(paths));
        Assert.Equal(["government/mexico", "agreement/usmca", "government/canada"], Ids(paths[0].Nodes));
    }

    [Fact]
    public async Task FindPaths_ParallelRelations_AreSeparatePathsCutByFirst()
    {
        var all = await Store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "mineral/lithium" });
        var one = await Store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "mineral/lithium", First = 1 });

        Assert.Equal([["rel/mexico-lithium-reserves-large"], ["rel/mexico-lithium-reserves-small"]], RelationIds(all));
        Assert.Equal([["rel/mexico-lithium-reserves-large"]], RelationIds(one));
    }

    [Fact]
    public async Task FindPaths_KindsAndAsOf_FilterRelations()
    {
        var members = await Store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "government/canada", Kinds = [RelationKind.MemberOf] });
        var in2010 = await Store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "government/canada", AsOf = new(2010, 1, 1) });

        Assert.Equal([["rel/mexico-member-of-usmca", "rel/canada-member-of-usmca"]], RelationIds(members));
        // Before the USMCA only the undated graphite path remains.
        Assert.Equal([["rel/mexico-produces-graphite", "rel/canada-produces-graphite"]], RelationIds(in2010));
    }

    [Fact]
    public async Task FindPaths_BeyondMaxHops_IsEmpty()
    {
        Assert.Empty(await Store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "government/canada", MaxHops = 1 }));
        Assert.Empty(await Store.FindPathsAsync(new PathQuery { From = "official/claudia-sheinbaum", To = "official/marcelo-ebrard", MaxHops = 2 }));
    }

    [Fact]
    public async Task FindPaths_SameEnds_OnePathWithoutRelations()
    {
        var path = Assert.Single(await Store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "government/mexico" }));

        Assert.Equal(["government/mexico"], Ids(path.Nodes));
        Assert.Empty(path.Relations);
        Assert.Equal(0, path.Hops);
    }

    [Fact]
    public async Task FindPaths_UnknownEnd_IsEmpty()
    {
        Assert.Empty(await Store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "government/atlantis" }));
        Assert.Empty(await Store.FindPathsAsync(new PathQuery { From = "government/atlantis", To = "government/atlantis" }));
    }

    [Fact]
    public async Task FindPaths_NoConnectionUnderFilter_IsEmpty()
    {
        // Restrictions alone never join Mexico to anything.
        Assert.Empty(await Store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "government/china", Kinds = [RelationKind.Restricts] }));
    }

    [Fact]
    public async Task FindPaths_NegativeMaxHops_Throws()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "government/canada", MaxHops = -1 }));
    }
}
