using MineralGraph.Domain.Seed;
using MineralGraph.Store.Embedded;

namespace MineralGraph.Export.Tests;

/// <summary>The project's graph-seed, loaded once for the tests that need real data.</summary>
public static class RealSeed
{
    static readonly Lazy<SeedGraph> Graph = new(() => SeedLoader.LoadValid(SeedLoader.Locate()));

    public static SeedGraph Seed => Graph.Value;

    public static EmbeddedGraphStore Store() => new(Seed);
}
