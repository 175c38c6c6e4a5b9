using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;

namespace MineralGraph.Synthetic.Tests;

/// <summary>Benchmark queries written against the real graph's ids make sense on a synthetic graph (asked of the embedded store).</summary>
public sealed class RealIdsTests
{
    static readonly Lazy<EmbeddedGraphStore> store = new(() => new EmbeddedGraphStore(SmallGraph.Graph));

    [Theory]
    [InlineData("government/china", "China")]
    [InlineData("government/united-states", "United States")]
    [InlineData("mineral/lithium", "Lithium")]
    [InlineData("agreement/minerals-security-partnership", "Minerals Security Partnership")]
    [InlineData("agreement/usmca", "United States–Mexico–Canada Agreement")]
    [InlineData("official/marcelo-ebrard", "Marcelo Ebrard")]
    public async Task RealId_IsPresentWithItsRealName(string id, string name)
    {
        var entity = await store.Value.GetEntityAsync(id);
        Assert.NotNull(entity);
        Assert.Equal(name, entity.Name);
    }

    [Fact]
    public async Task Search_RealAlias_FindsTheRealEntity()
    {
        var hits = await store.Value.SearchAsync(new SearchQuery("T-MEC"));
        Assert.Equal("agreement/usmca", hits[0].Entity.Id);
    }

    [Fact]
    public async Task AlliesSharingRefiningCapacity_RestrictedByChina_HasAnswersIncludingTheMsp()
    {
        var shares = await store.Value.FindAlliesSharingCapacityAsync(new CapacityQuery { Stage = CapacityStage.Refining, RestrictedBy = "government/china" });
        Assert.NotEmpty(shares);
        var msp = Assert.Single(shares, s => s.Alliance.Id == "agreement/minerals-security-partnership");
        Assert.True(msp.Members.Count >= 2);
        Assert.NotEmpty(msp.Minerals);
    }

    [Theory]
    [InlineData("official/marcelo-ebrard", "government/china")]
    [InlineData("mineral/lithium", "agreement/minerals-security-partnership")]
    [InlineData("company/mp-materials", "measure/china-graphite-export-controls-2023")]
    [InlineData("company/c-000001", "mineral/dysprosium")]
    public async Task Paths_BetweenCommonIds_Exist(string from, string to)
    {
        var paths = await store.Value.FindPathsAsync(new PathQuery { From = from, To = to, MaxHops = 4 });
        Assert.NotEmpty(paths);
        Assert.Equal(from, paths[0].Nodes[0].Id);
        Assert.Equal(to, paths[0].Nodes[^1].Id);
    }
}
