using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;

namespace MineralGraph.Synthetic.Tests;

/// <summary>One small synthetic graph (2,000 entities, 20,000 relations) shared by the tests that only read it.</summary>
public static class SmallGraph
{
    public static readonly SyntheticGraphOptions Options = new() { Seed = 42, Entities = 2_000, Relations = 20_000 };

    static readonly Lazy<SeedGraph> graph = new(() => SyntheticGraph.Generate(Options));
    static readonly Lazy<Dictionary<string, Entity>> byId = new(() => Graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal));

    public static SeedGraph Graph => graph.Value;
    public static IReadOnlyDictionary<string, Entity> EntitiesById => byId.Value;
}
