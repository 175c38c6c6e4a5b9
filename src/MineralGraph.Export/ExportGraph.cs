using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;

namespace MineralGraph.Export;

/// <summary>
/// A graph to write, read once and in order: every node, then every edge. Writers never hold the whole graph,
/// so a large one streams from the store to the file. Every edge's ends are among the nodes.
/// </summary>
public sealed class ExportGraph
{
    /// <summary>What was exported, in words: written into the file's metadata.</summary>
    public required string Description { get; init; }
    public required IAsyncEnumerable<Entity> Nodes { get; init; }
    public required IAsyncEnumerable<Relation> Edges { get; init; }
    /// <summary>How many nodes and edges to expect, when known beforehand (drives progress bars).</summary>
    public int? NodeCount { get; init; }
    public int? EdgeCount { get; init; }
    /// <summary>True when the store cut the graph short (per-node or total limits).</summary>
    public bool Truncated { get; init; }

    public static ExportGraph FromSubgraph(Subgraph subgraph, string description) => new()
    {
        Description = description,
        Nodes = subgraph.Nodes.ToAsyncEnumerable(),
        Edges = subgraph.Edges.ToAsyncEnumerable(),
        NodeCount = subgraph.Nodes.Count,
        EdgeCount = subgraph.Edges.Count,
        Truncated = subgraph.Truncated,
    };

    public static ExportGraph FromSeed(SeedGraph seed, string description = "the whole graph") => new()
    {
        Description = description,
        Nodes = seed.Entities.ToAsyncEnumerable(),
        Edges = seed.Relations.ToAsyncEnumerable(),
        NodeCount = seed.Entities.Count,
        EdgeCount = seed.Relations.Count,
    };

    /// <summary>The union of the paths' nodes and relations, each once, in path order.</summary>
    public static ExportGraph FromPaths(IReadOnlyList<GraphPath> paths, string description)
    {
        var nodes = paths.SelectMany(p => p.Nodes).DistinctBy(n => n.Id).ToList();
        var edges = paths.SelectMany(p => p.Relations).DistinctBy(r => r.Id).ToList();
        return FromSubgraph(new Subgraph(nodes, edges, false), description);
    }
}
