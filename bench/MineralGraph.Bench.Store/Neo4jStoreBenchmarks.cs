using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j;

namespace MineralGraph.Bench.Store;

/// <summary>
/// The same operations on the Neo4j store, against the graph the Neo4j at NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD)
/// holds — load it first with <c>mineralgraph seed load</c> or <c>mineralgraph synth --neo4j</c>. Program.cs leaves
/// this class out, saying so, when NEO4J_URI is not set.
/// </summary>
[MemoryDiagnoser]
public class Neo4jStoreBenchmarks
{
    ServiceProvider services = null!;
    IGraphStore store = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var settings = new[] { "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE" }.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        services = new ServiceCollection().AddNeo4jGraphStore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
        if (await services.PrepareNeo4jAsync() is { } problem) throw new InvalidOperationException(problem);
        store = services.GetRequiredService<IGraphStore>();
        var counts = await store.CountAsync();
        Console.WriteLine($"// Neo4j at {settings["NEO4J_URI"]}: {counts.Entities.Values.Sum():N0} entities, {counts.Relations.Values.Sum():N0} relations");
    }

    [GlobalCleanup]
    public ValueTask Cleanup() => services.DisposeAsync();

    [Benchmark] public Task<Entity?> NodeById() => StoreOperations.NodeById(store);
    [Benchmark] public Task<IReadOnlyList<SearchHit>> SearchTMec() => StoreOperations.SearchTMec(store);
    [Benchmark] public Task<Subgraph> NeighbourhoodDepth2() => StoreOperations.NeighbourhoodDepth2(store);
    [Benchmark] public Task<IReadOnlyList<GraphPath>> Paths() => StoreOperations.Paths(store);
    [Benchmark] public Task<CommonTies> CommonTiesOfThreeGovernments() => StoreOperations.CommonTiesOfThreeGovernments(store);
    [Benchmark] public Task<IReadOnlyList<Page<Relation>>> HubRelationsPage() => StoreOperations.HubRelationsPage(store);
    [Benchmark] public Task<Domain.Timeline.TimelineAnswer> TimelineWholeGraph() => StoreOperations.TimelineWholeGraph(store);
    [Benchmark] public Task<Domain.Timeline.TimelineAnswer> TimelineOfMexico() => StoreOperations.TimelineOfMexico(store);
    [Benchmark] public Task<IReadOnlyList<CapacityShare>> AlliesSharingGallium() => StoreOperations.AlliesSharingGallium(store);
}
