#:project ../../src/MineralGraph.Synthetic/MineralGraph.Synthetic.csproj
#:project ../../src/MineralGraph.Store.Embedded/MineralGraph.Store.Embedded.csproj
#:property Optimize=true
#:property ServerGarbageCollection=false

// The timeline's latency on the embedded store (issue 17's targets: p99 < 20 ms for the whole seed graph and for one
// entity on the 1M synthetic graph): each call timed alone, p50/p99/max over many calls after a warm-up. Usage, from
// the repo root:
//   ArtifactsPath=/tmp/art-t dotnet run -c Release bench/measure-synthetic/timeline.cs -- [CALLS]
using System.Diagnostics;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Timeline;
using MineralGraph.Store.Embedded;
using MineralGraph.Synthetic;

var calls = args.Length > 0 ? int.Parse(args[0]) : 2000;
Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores");

var seedStore = new EmbeddedGraphStore(SeedLoader.LoadValid(SeedLoader.FindUpwards([Environment.CurrentDirectory])!));
Report("seed, whole graph, first 50", Time(seedStore, new TimelineQuery(), calls));
Report("seed, government/mexico, first 50", Time(seedStore, new TimelineQuery { Ids = ["government/mexico"] }, calls));

var clock = Stopwatch.StartNew();
var big = new EmbeddedGraphStore(SyntheticGraph.Generate(new SyntheticGraphOptions { Seed = 1, Entities = 100_000, Relations = 1_000_000 }));
Console.WriteLine($"1M graph generated and indexed in {clock.Elapsed.TotalSeconds:F1} s");
clock.Restart();
var first = big.GetTimelineAsync(new TimelineQuery()).Result;
Console.WriteLine($"1M, whole graph: first call (sorts every dated item once per snapshot) {clock.Elapsed.TotalMilliseconds:F0} ms, {first.Page.TotalCount:N0} items");
foreach (var hub in new[] { "agreement/usmca", "government/mexico" })
{
    clock.Restart();
    big.GetTimelineAsync(new TimelineQuery { Ids = [hub] }).Wait();
    Console.WriteLine($"1M, {hub}: first call (gathers and sorts its timeline, then kept) {clock.Elapsed.TotalMilliseconds:F1} ms");
}
Report("1M, official/marcelo-ebrard (one entity), first 50", Time(big, new TimelineQuery { Ids = ["official/marcelo-ebrard"] }, calls));
Report("1M, agreement/usmca (a hub), first 50", Time(big, new TimelineQuery { Ids = ["agreement/usmca"] }, calls));
Report("1M, government/mexico (a hub), first 50", Time(big, new TimelineQuery { Ids = ["government/mexico"] }, calls));
Report("1M, whole graph, first 50 (pages through the sorted index)", Time(big, new TimelineQuery(), Math.Max(20, calls / 100)));
// With bounds (and kinds): binary search into the sorted order, then a pass over the range's days.
DateOnly from = new(2020, 1, 1), to = new(2021, 12, 31);
Report("1M, official/marcelo-ebrard, 2020-2021, first 50", Time(big, new TimelineQuery { Ids = ["official/marcelo-ebrard"], From = from, To = to }, calls));
Report("1M, agreement/usmca, 2020-2021, first 50", Time(big, new TimelineQuery { Ids = ["agreement/usmca"], From = from, To = to }, calls));
Report("1M, government/mexico, 2020-2021, first 50", Time(big, new TimelineQuery { Ids = ["government/mexico"], From = from, To = to }, calls));
Report("1M, whole graph, 2020-2021, first 50", Time(big, new TimelineQuery { From = from, To = to }, Math.Max(20, calls / 10)));
Report("1M, whole graph, kinds [Event], first 50", Time(big, new TimelineQuery { Kinds = [TimelineItemKind.Event] }, Math.Max(20, calls / 10)));
Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");

static double[] Time(EmbeddedGraphStore store, TimelineQuery query, int calls)
{
    for (var i = 0; i < Math.Min(calls, 50); i++) store.GetTimelineAsync(query).Wait();
    var times = new double[calls];
    int total = 0;
    for (var i = 0; i < calls; i++)
    {
        var start = Stopwatch.GetTimestamp();
        total = store.GetTimelineAsync(query).Result.Page.TotalCount ?? 0;
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    Console.Write($"[{total:N0} items] ");
    Array.Sort(times);
    return times;
}

static void Report(string what, double[] sorted) =>
    Console.WriteLine($"{what}: {sorted.Length} calls, p50 {sorted[sorted.Length / 2]:F3} ms, p99 {sorted[(int)Math.Ceiling(sorted.Length * 0.99) - 1]:F3} ms, max {sorted[^1]:F3} ms");
