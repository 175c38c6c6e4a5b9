using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;
using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Tests.Embedded;

/// <summary>Snapshot building and swapping, and what curated writes will rely on (retractions, merges).</summary>
public sealed class EmbeddedGraphTests
{
    static readonly IReadOnlyList<Entity> Entities = ContractSeed.Graph.Entities;
    static readonly IReadOnlyList<Relation> Relations = ContractSeed.Graph.Relations;

    [Fact]
    public void Build_DuplicateEntityId_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new EmbeddedGraph([.. Entities, Entities[0]], Relations));
        Assert.Contains(Entities[0].Id, error.Message);
    }

    [Fact]
    public void Build_RelationToUnknownEntity_ThrowsNamingIt()
    {
        var dangling = Relations[0] with { Id = "rel/dangling", To = "government/atlantis" };

        var error = Assert.Throws<ArgumentException>(() => new EmbeddedGraph(Entities, [.. Relations, dangling]));
        Assert.Contains("government/atlantis", error.Message);
    }

    [Fact]
    public async Task Build_EvidenceWithoutSource_GetsItFilledIn()
    {
        var bare = Relations.Select(r => r with { Evidence = r.Evidence.Select(e => e with { Source = null }).ToList() }).ToList();
        var store = new EmbeddedGraphStore(new EmbeddedGraph(Entities, bare));

        var r = await store.GetRelationAsync("rel/japan-refines-dysprosium");

        Assert.Equal("source/fixture-article", r!.Evidence[0].Source?.Id);
    }

    [Fact]
    public async Task Replace_NewSnapshot_LaterCallsReadIt()
    {
        var store = new EmbeddedGraphStore(ContractSeed.Graph);
        var before = store.Graph;
        var renamed = Entities.Select(e => e.Id == "government/japan" ? e with { Name = "Nippon" } : e).ToList();

        store.Replace(new EmbeddedGraph(renamed, Relations));

        Assert.Equal("Nippon", (await store.GetEntityAsync("government/japan"))!.Name);
        Assert.Equal("government/japan", Assert.Single(await store.SearchAsync(new SearchQuery("nippon"))).Entity.Id);
        Assert.Empty(await store.SearchAsync(new SearchQuery("japan")));
        Assert.Equal("Japan", (await new EmbeddedGraphStore(before).GetEntityAsync("government/japan"))!.Name);
    }

    static EmbeddedGraphStore WithRetracted(string relationId)
    {
        var retraction = new Retraction("quote misread", "curator/test", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return new EmbeddedGraphStore(new EmbeddedGraph(Entities,
            Relations.Select(r => r.Id == relationId ? r with { Retraction = retraction } : r).ToList()));
    }

    [Fact]
    public async Task Retracted_LeftOutOfListsUnlessAskedFor()
    {
        var store = WithRetracted("rel/mexico-member-of-usmca");

        var standing = Assert.Single(await store.GetRelationsAsync([new RelationListQuery { EntityId = "government/mexico", Kinds = [RelationKind.MemberOf] }]));
        var all = Assert.Single(await store.GetRelationsAsync([new RelationListQuery { EntityId = "government/mexico", Kinds = [RelationKind.MemberOf], IncludeRetracted = true }]));
        var byId = await store.GetRelationAsync("rel/mexico-member-of-usmca");

        Assert.Equal(["rel/mexico-member-of-nafta"], standing.Items.Select(r => r.Id));
        Assert.Equal(["rel/mexico-member-of-nafta", "rel/mexico-member-of-usmca"], all.Items.Select(r => r.Id));
        Assert.Equal("quote misread", byId!.Retraction?.Reason);
    }

    [Fact]
    public async Task Retracted_NotTraversedNorCounted()
    {
        var store = WithRetracted("rel/mexico-member-of-usmca");

        var paths = await store.FindPathsAsync(new PathQuery { From = "government/mexico", To = "government/canada", Through = PathThrough.Any, First = QueryCaps.Paths });
        var around = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico" });
        var counts = await store.CountAsync();

        Assert.NotEmpty(paths);
        Assert.DoesNotContain(paths.SelectMany(p => p.Relations), r => r.Id == "rel/mexico-member-of-usmca");
        Assert.DoesNotContain(around.Edges, r => r.Id == "rel/mexico-member-of-usmca");
        Assert.Equal(8, counts.Relations["MEMBER_OF"]);
        Assert.Equal(41, counts.Evidence);
    }

    [Fact]
    public async Task Retracted_CapacityChainBreaks()
    {
        var store = WithRetracted("rel/neo-based-in-canada");

        var shares = await store.FindAlliesSharingCapacityAsync(new CapacityQuery { Mineral = "mineral/terbium" });

        Assert.Empty(shares); // Canada held terbium only through Neo; the United States is alone everywhere
    }

    [Fact]
    public async Task MergedId_ResolvesToSurvivorEverywhere()
    {
        var store = new EmbeddedGraphStore(new EmbeddedGraph(Entities, Relations,
            new Dictionary<string, string> { ["government/mexique"] = "government/estados-unidos-mexicanos", ["government/estados-unidos-mexicanos"] = "government/mexico" }));

        Assert.Equal("government/mexico", (await store.GetEntityAsync("government/mexique"))?.Id);
        Assert.Equal(["government/mexico"], (await store.GetEntitiesAsync(["government/mexique"])).Select(e => e?.Id));
        Assert.Equal(8, Assert.Single(await store.GetRelationsAsync([new RelationListQuery { EntityId = "government/mexique" }])).Items.Count);
        Assert.Equal("government/mexico", (await store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexique" })).Nodes[0].Id);
        Assert.Equal(2, (await store.FindPathsAsync(new PathQuery { From = "government/mexique", To = "government/canada", Through = PathThrough.Any })).Count);
    }

    [Fact]
    public async Task CancelledToken_GivesCancelledTask()
    {
        var store = new EmbeddedGraphStore(ContractSeed.Graph);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetEntityAsync("government/mexico", new CancellationToken(canceled: true)));
    }
}
