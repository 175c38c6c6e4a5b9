using BenchmarkDotNet.Running;
using MineralGraph.Bench.Store;
using MineralGraph.Domain.Seed;

// dotnet run -c Release --project bench/MineralGraph.Bench.Store -- --filter '*' [--job short]
// The Neo4j benchmarks need a running Neo4j holding the graph to measure: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD).
// BenchmarkDotNet runs each benchmark in a process of its own, started from its build folder (which may be outside
// the repository, see ArtifactsPath): find graph-seed here, where the command is run, and hand it down.
if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(BenchGraphs.SeedVariable))
    && SeedLoader.FindUpwards([Directory.GetCurrentDirectory(), AppContext.BaseDirectory]) is { } seed)
    Environment.SetEnvironmentVariable(BenchGraphs.SeedVariable, seed);
var types = new List<Type> { typeof(EmbeddedStoreBenchmarks) };
if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
    Console.WriteLine("Neo4jStoreBenchmarks skipped: NEO4J_URI is not set (start a Neo4j, load a graph into it, set NEO4J_URI and NEO4J_PASSWORD)");
else
    types.Add(typeof(Neo4jStoreBenchmarks));
BenchmarkSwitcher.FromTypes(types.ToArray()).Run(args);
