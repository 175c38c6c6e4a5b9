using MineralGraph.Domain.Seed;
using MineralGraph.Store.Embedded;

namespace MineralGraph.Testing;

/// <summary>The project's graph-seed (<see cref="RepositoryPaths.GraphSeed"/>), loaded once for the tests that need real data.</summary>
public static class RealSeed
{
    static readonly Lazy<SeedGraph> Graph = new(() => SeedLoader.LoadValid(RepositoryPaths.GraphSeed));

    public static SeedGraph Seed => Graph.Value;

    /// <summary>A fresh embedded store over the seed.</summary>
    public static EmbeddedGraphStore Store() => new(Seed);
}
