using MineralGraph.Domain.Seed;

namespace MineralGraph.Explorer.Tests;

/// <summary>The graph-seed the server serves, read directly, so tests compare the page with the facts.</summary>
public static class RealSeed
{
    static readonly Lazy<SeedGraph> Graph = new(() => SeedLoader.LoadValid(SeedLoader.Locate()));

    public static SeedGraph Seed => Graph.Value;
}
