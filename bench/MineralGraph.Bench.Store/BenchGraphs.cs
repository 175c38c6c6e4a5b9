using MineralGraph.Domain.Seed;
using MineralGraph.Synthetic;

namespace MineralGraph.Bench.Store;

/// <summary>
/// The graphs benchmarked: the real graph-seed, and the synthetic graph of MineralGraph.Synthetic at the scale the
/// store must reach (100k entities, 1M relations, seed 1 — the same graph as <c>mineralgraph synth --seed 1</c>).
/// The synthetic graph carries the real graph's skeleton, so the same ids (official/claudia-sheinbaum,
/// government/china, mineral/lithium…) name the same things on both.
/// </summary>
public static class BenchGraphs
{
    public const string Seed = "seed";
    public const string Synthetic1M = "synthetic-1m";

    public static SeedGraph Load(string name) => name switch
    {
        Seed => RealSeed(),
        Synthetic1M => SyntheticGraph.Generate(SyntheticOptions),
        _ => throw new ArgumentException($"unknown bench graph '{name}' (expected {Seed} or {Synthetic1M})", nameof(name)),
    };

    public static SyntheticGraphOptions SyntheticOptions { get; } = new() { Seed = 1, Entities = 100_000, Relations = 1_000_000 };

    /// <summary>Where the real graph-seed is, for the benchmark processes (Program.cs sets it when not given).</summary>
    public const string SeedVariable = "MINERALGRAPH_SEED";

    public static SeedGraph RealSeed()
    {
        var dir = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } given ? given
            : SeedLoader.FindUpwards([Directory.GetCurrentDirectory(), AppContext.BaseDirectory])
              ?? throw new InvalidOperationException($"graph-seed not found above the working folder; set {SeedVariable}");
        return SeedLoader.LoadValid(dir);
    }
}
