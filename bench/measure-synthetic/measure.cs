#:project ../../src/MineralGraph.Synthetic/MineralGraph.Synthetic.csproj
#:project ../../src/MineralGraph.Store.Embedded/MineralGraph.Store.Embedded.csproj
#:property Optimize=true
#:property ServerGarbageCollection=false

// Measures generating a synthetic graph, and building the embedded store from it: wall time, CPU time and
// managed heap (GC.GetTotalMemory after a full collection). Usage, from the repo root:
//   ArtifactsPath=/tmp/art-x dotnet run -c Release bench/measure-synthetic/measure.cs -- ENTITIES RELATIONS [SEED] [--embedded]
using System.Diagnostics;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;
using MineralGraph.Synthetic;

var entities = int.Parse(args[0]);
var relations = int.Parse(args[1]);
var seed = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 1;
var embedded = args.Contains("--embedded");

var baseline = GC.GetTotalMemory(forceFullCollection: true);
var (graph, generation) = Measure(() => SyntheticGraph.Generate(new SyntheticGraphOptions { Seed = seed, Entities = entities, Relations = relations }));
var afterGraph = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"generate {entities:N0} entities / {relations:N0} relations (seed {seed}): {generation}; managed heap holding the graph {Mb(afterGraph - baseline)}");

if (embedded)
{
    var (store, build) = Measure(() => new EmbeddedGraphStore(graph));
    var afterStore = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"build EmbeddedGraphStore: {build}; managed heap graph + store {Mb(afterStore - baseline)} (store alone {Mb(afterStore - afterGraph)})");
    Console.WriteLine($"process peak working set {Mb(Process.GetCurrentProcess().PeakWorkingSet64)}");

    // The benchmark queries named in the brief, once each, to show they have answers at this scale.
    var (shares, allies) = Measure(() => store.FindAlliesSharingCapacityAsync(new CapacityQuery { Stage = CapacityStage.Refining, RestrictedBy = "government/china" }).Result);
    Console.WriteLine($"alliesSharingCapacity(REFINING, government/china): {shares.Count} alliances, {shares.Sum(x => x.Members.Count):N0} members, {shares.Sum(x => x.Members.Sum(m => m.Holdings.Count)):N0} holdings; first call {allies}");
    var (gallium, galliumTime) = Measure(() => store.FindAlliesSharingCapacityAsync(new CapacityQuery { Stage = CapacityStage.Refining, RestrictedBy = "government/china", Mineral = "mineral/gallium" }).Result);
    Console.WriteLine($"  same, mineral/gallium only: {gallium.Count} alliances, {gallium.Sum(x => x.Members.Sum(m => m.Holdings.Count)):N0} holdings; first call {galliumTime}");
    var (paths, pathTime) = Measure(() => store.FindPathsAsync(new PathQuery { From = "official/marcelo-ebrard", To = "government/china" }).Result);
    Console.WriteLine($"paths official/marcelo-ebrard → government/china: {paths.Count} of {paths.FirstOrDefault()?.Hops} hops; first call {pathTime}");
    GC.KeepAlive(store);
}
GC.KeepAlive(graph);

static (T Result, string Cost) Measure<T>(Func<T> work)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = work();
    var wall = clock.Elapsed;
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    return (result, $"{wall.TotalSeconds:F2} s wall, {used.TotalSeconds:F2} s CPU");
}

static string Mb(long bytes) => $"{bytes / 1048576.0:N0} MB";
