using BenchmarkDotNet.Attributes;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;

namespace MineralGraph.Bench.Store;

/// <summary>The embedded store's hot operations on the real seed and on the 1M-relation synthetic graph.</summary>
[MemoryDiagnoser]
public class EmbeddedStoreBenchmarks
{
    EmbeddedGraphStore store = null!;
    SeedGraph graph = null!;

    [Params(BenchGraphs.Seed, BenchGraphs.Synthetic1M)]
    public string Graph { get; set; } = BenchGraphs.Seed;

    [GlobalSetup]
    public void Setup()
    {
        graph = BenchGraphs.Load(Graph);
        store = new EmbeddedGraphStore(graph);
    }

    [Benchmark] public Task<Entity?> NodeById() => StoreOperations.NodeById(store);
    [Benchmark] public Task<IReadOnlyList<SearchHit>> SearchTMec() => StoreOperations.SearchTMec(store);
    [Benchmark] public Task<Subgraph> NeighbourhoodDepth2() => StoreOperations.NeighbourhoodDepth2(store);
    [Benchmark] public Task<IReadOnlyList<GraphPath>> Paths() => StoreOperations.Paths(store);
    [Benchmark] public Task<CommonTies> CommonTiesOfThreeGovernments() => StoreOperations.CommonTiesOfThreeGovernments(store);
    [Benchmark] public Task<IReadOnlyList<Page<Relation>>> HubRelationsPage() => StoreOperations.HubRelationsPage(store);
    [Benchmark] public Task<Domain.Timeline.TimelineAnswer> TimelineWholeGraph() => StoreOperations.TimelineWholeGraph(store);
    [Benchmark] public Task<Domain.Timeline.TimelineAnswer> TimelineOfMexico() => StoreOperations.TimelineOfMexico(store);
    [Benchmark] public Task<IReadOnlyList<CapacityShare>> AlliesSharingGallium() => StoreOperations.AlliesSharingGallium(store);

    /// <summary>Building every index from an already loaded graph (what a curated write costs before the swap).</summary>
    [Benchmark] public EmbeddedGraph BuildSnapshot() => EmbeddedGraph.Build(graph);
}
