using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Bench.Store;

/// <summary>
/// The store calls the benchmarks make, the same on every store and graph: each is what one API-level request
/// costs the store. The ids exist in the real seed and, through its skeleton, in the synthetic graph, where
/// they are hubs (China, lithium, the MSP).
/// </summary>
public static class StoreOperations
{
    public static Task<Entity?> NodeById(IGraphStore store) => store.GetEntityAsync("official/claudia-sheinbaum");

    public static Task<IReadOnlyList<SearchHit>> SearchTMec(IGraphStore store) => store.SearchAsync(new SearchQuery("T-MEC"));

    public static Task<Subgraph> NeighbourhoodDepth2(IGraphStore store) =>
        store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", Depth = 2 });

    public static Task<IReadOnlyList<GraphPath>> Paths(IGraphStore store) =>
        store.FindPathsAsync(new PathQuery { From = "official/marcelo-ebrard", To = "government/china", First = 3 });

    /// <summary>Common ties of three hubs (on the 1M graph each government has tens of thousands of ties).</summary>
    public static Task<CommonTies> CommonTiesOfThreeGovernments(IGraphStore store) =>
        store.FindCommonTiesAsync(new CommonTiesQuery { Ids = ["government/mexico", "government/canada", "government/united-states"] });

    public static Task<IReadOnlyList<Page<Relation>>> HubRelationsPage(IGraphStore store) =>
        store.GetRelationsAsync([new RelationListQuery { EntityId = "mineral/lithium", First = 20 }]);

    /// <summary>The first page of the whole graph's timeline.</summary>
    public static Task<Domain.Timeline.TimelineAnswer> TimelineWholeGraph(IGraphStore store) => store.GetTimelineAsync(new Domain.Timeline.TimelineQuery());

    /// <summary>The first page of one entity's timeline (a hub on the 1M graph).</summary>
    public static Task<Domain.Timeline.TimelineAnswer> TimelineOfMexico(IGraphStore store) =>
        store.GetTimelineAsync(new Domain.Timeline.TimelineQuery { Ids = ["government/mexico"] });

    /// <summary>The flagship question narrowed to one mineral: the typical call (unfiltered it is a stress case at 1M relations).</summary>
    public static Task<IReadOnlyList<CapacityShare>> AlliesSharingGallium(IGraphStore store) =>
        store.FindAlliesSharingCapacityAsync(new CapacityQuery { RestrictedBy = "government/china", Mineral = "mineral/gallium" });
}
