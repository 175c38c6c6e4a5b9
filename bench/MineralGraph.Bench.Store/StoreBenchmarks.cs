using BenchmarkDotNet.Attributes;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;

namespace MineralGraph.Bench.Store;

/// <summary>The embedded store's hot operations on the real seed; each call is one API-level request.</summary>
[MemoryDiagnoser]
public class RealSeedBenchmarks
{
    EmbeddedGraphStore store = null!;
    Domain.Seed.SeedGraph seed = null!;

    [GlobalSetup]
    public void Setup()
    {
        seed = BenchGraphs.RealSeed();
        store = new EmbeddedGraphStore(seed);
    }

    [Benchmark]
    public Task<Entity?> NodeById() => store.GetEntityAsync("official/claudia-sheinbaum");

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchTMec() => store.SearchAsync(new SearchQuery("T-MEC"));

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchSecretariaDeEconomia() => store.SearchAsync(new SearchQuery("secretaria de economia"));

    [Benchmark]
    public Task<Subgraph> NeighbourhoodDepth2() => store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", Depth = 2 });

    [Benchmark]
    public Task<IReadOnlyList<GraphPath>> Paths() =>
        store.FindPathsAsync(new PathQuery { From = "official/claudia-sheinbaum", To = "official/mark-carney", First = 3 });

    [Benchmark]
    public Task<IReadOnlyList<CapacityShare>> AlliesSharingCapacity() => store.FindAlliesSharingCapacityAsync(new CapacityQuery());

    /// <summary>Building every index from an already loaded seed (what a curated write costs before the swap).</summary>
    [Benchmark]
    public EmbeddedGraph BuildSnapshot() => EmbeddedGraph.Build(seed);

    /// <summary>Start-up: reading and validating graph-seed, then building the snapshot.</summary>
    [Benchmark]
    public EmbeddedGraph LoadAndBuild() => EmbeddedGraph.Build(BenchGraphs.RealSeed());
}

/// <summary>The same operations on a generated graph of 100k entities and 1M relations.</summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    EmbeddedGraphStore store = null!;
    Domain.Seed.SeedGraph graph = null!;
    string hub = "", official = "", company = "";

    [GlobalSetup]
    public void Setup()
    {
        graph = BenchGraphs.Synthetic(100_000, 1_000_000);
        store = new EmbeddedGraphStore(graph);
        hub = "government/government-7";
        official = "official/official-11";
        company = "company/company-23";
    }

    [Benchmark]
    public Task<Entity?> NodeById() => store.GetEntityAsync(company);

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> SearchPrefix() => store.SearchAsync(new SearchQuery("ab"));

    [Benchmark]
    public Task<Subgraph> NeighbourhoodDepth2() => store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = hub, Depth = 2 });

    [Benchmark]
    public Task<IReadOnlyList<GraphPath>> Paths() => store.FindPathsAsync(new PathQuery { From = official, To = company, First = 3 });

    [Benchmark]
    public Task<IReadOnlyList<CapacityShare>> AlliesSharingCapacity() => store.FindAlliesSharingCapacityAsync(new CapacityQuery { RestrictedBy = "government/government-0" });

    [Benchmark]
    public EmbeddedGraph BuildSnapshot() => EmbeddedGraph.Build(graph);

    [Benchmark]
    public Task<IReadOnlyList<Page<Relation>>> HubRelationsPage() => store.GetRelationsAsync([new RelationListQuery { EntityId = hub, First = 20 }]);
}
