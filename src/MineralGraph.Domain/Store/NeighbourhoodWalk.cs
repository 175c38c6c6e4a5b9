using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Store;

/// <summary>
/// The neighbourhood rule, the same in every store: breadth first from the start (node 0, depth 0), ignoring
/// direction. Nodes are expanded in discovery order while their depth is below Depth. Expanding a node takes its
/// relations that pass the kinds/as-of filter, in kind name then id order (never retracted ones), and keeps the
/// first LimitPerNode; if it had more, the result is Truncated. Each kept relation is traversed: its other end
/// becomes a node (depth + 1) unless already one; if that would exceed MaxNodes, the node is refused, the relation
/// dropped and the result Truncated; otherwise the relation is an edge (once, even when traversed from both ends).
/// Edges are only the relations traversed, so two nodes of the last depth are not joined even if a relation links
/// them (edges stay below nodes × LimitPerNode). Nodes in discovery order, edges by id (ordinal).
/// <para>A store only fetches: it gives each node's filtered, ordered relations (<see cref="Expansion"/>) and the
/// entities their other ends name.</para>
/// </summary>
public static class NeighbourhoodWalk
{
    /// <summary>A node's relations that pass the filter, in kind name then id order, cut to LimitPerNode; <see cref="More"/> when some were cut.</summary>
    public sealed record Expansion(IReadOnlyList<Relation> Kept, bool More);

    /// <param name="start">The start entity, or null when the id is unknown (an empty, untruncated answer).</param>
    /// <param name="expand">The expansion of a node (asked once per node whose depth is below Depth).</param>
    /// <param name="entity">The entity an id names, for each node the walk adds.</param>
    public static Subgraph Run(NeighbourhoodQuery query, Entity? start, Func<string, Expansion> expand, Func<string, Entity> entity)
    {
        if (start is null) return new Subgraph([], [], false);
        var nodes = new List<Entity> { start };
        var depths = new Dictionary<string, int>(StringComparer.Ordinal) { [start.Id] = 0 };
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        var edges = new List<Relation>();
        var truncated = false;
        for (var next = 0; next < nodes.Count; next++)
        {
            var node = nodes[next].Id;
            var depth = depths[node];
            if (depth >= query.Depth) break; // discovery order is depth order: every later node is as deep
            var expansion = expand(node);
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
                    nodes.Add(entity(other));
                }
                if (edgeIds.Add(relation.Id)) edges.Add(relation);
            }
        }
        edges.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new Subgraph(nodes, edges, truncated);
    }
}
