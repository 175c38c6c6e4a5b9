using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.Traversal;

/// <summary>
/// Replays the breadth-first walk over the expansions <see cref="Cypher.NeighbourhoodCypher"/> returned, with the
/// embedded store's rules: nodes in discovery order while their depth is below Depth; each node's kept relations
/// (already filtered, ordered and cut to LimitPerNode) traversed in order; a new node beyond MaxNodes is refused
/// and its relation dropped; any cut sets Truncated. Edges once each, ordered by id.
/// </summary>
internal static class NeighbourhoodReplay
{
    /// <summary>The relations a node kept and whether it had more than LimitPerNode.</summary>
    public sealed record Expansion(IReadOnlyList<Relation> Kept, bool More);

    public static Subgraph Run(NeighbourhoodQuery query, IReadOnlyList<Entity> discovered, IReadOnlyDictionary<string, Expansion> expansions)
    {
        if (discovered.Count == 0) return new Subgraph([], [], false);
        var entities = discovered.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var nodes = new List<string> { discovered[0].Id };
        var depths = new Dictionary<string, int>(StringComparer.Ordinal) { [discovered[0].Id] = 0 };
        var edges = new Dictionary<string, Relation>(StringComparer.Ordinal);
        var truncated = false;
        for (var next = 0; next < nodes.Count; next++)
        {
            var node = nodes[next];
            var depth = depths[node];
            if (depth >= query.Depth) break;
            if (!expansions.TryGetValue(node, out var expansion))
                throw new InvalidOperationException($"the neighbourhood statement did not expand '{node}' at depth {depth}");
            if (expansion.More) truncated = true;
            foreach (var relation in expansion.Kept)
            {
                var other = relation.OtherEnd(node);
                if (!depths.ContainsKey(other))
                {
                    if (nodes.Count >= query.MaxNodes)
                    {
                        truncated = true;
                        continue;
                    }
                    depths[other] = depth + 1;
                    nodes.Add(other);
                }
                edges.TryAdd(relation.Id, relation);
            }
        }
        return new Subgraph(
            nodes.Select(id => entities.TryGetValue(id, out var e) ? e : throw new InvalidOperationException($"the neighbourhood statement did not return node '{id}'")).ToList(),
            edges.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(),
            truncated);
    }
}
