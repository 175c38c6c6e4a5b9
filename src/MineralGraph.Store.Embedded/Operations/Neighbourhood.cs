using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// The graph around an entity, breadth first, ignoring direction.
/// <list type="number">
/// <item>The start entity is node 0 at depth 0. Nodes are expanded in discovery order while their depth is below
/// Depth (Depth 0: the start alone).</item>
/// <item>Expanding a node takes its relations that pass the Kinds/AsOf filter (as for relation lists), in kind
/// name then id order (retracted relations are never used), and keeps the first LimitPerNode; if it had more, the result is Truncated.</item>
/// <item>Each kept relation is traversed: its other end is added as a new node (depth + 1) unless already present;
/// if adding it would exceed MaxNodes the node is not added, the relation is dropped and the result is Truncated.
/// Otherwise the relation is an edge (once, even if traversed from both ends).</item>
/// </list>
/// Edges are only the relations traversed, so two nodes of the last depth are not joined by an edge even if a
/// relation links them: this keeps the edge count bounded by nodes × LimitPerNode.
/// Nodes come in discovery order (start first), edges ordered by id (ordinal). Unknown start: empty, not truncated.
/// Depth &lt; 0, LimitPerNode &lt; 0 or MaxNodes &lt; 1 is an <see cref="ArgumentException"/>.
/// </summary>
internal static class Neighbourhood
{
    public static Subgraph Run(EmbeddedGraph graph, NeighbourhoodQuery query)
    {
        QueryLimits.AtLeast(query.Depth, 0, "depth");
        QueryLimits.AtLeast(query.LimitPerNode, 0, "limitPerNode");
        QueryLimits.AtLeast(query.MaxNodes, 1, "maxNodes");
        if (graph.PositionOf(query.Id) is not { } start) return new Subgraph([], [], false);

        var filter = RelationFilter.Of(query.Kinds, query.AsOf);
        var nodes = new List<int> { start };
        var depths = new Dictionary<int, int> { [start] = 0 };
        var edges = new HashSet<int>();
        var truncated = false;
        var incident = new List<int>();
        for (var next = 0; next < nodes.Count; next++)
        {
            var node = nodes[next];
            var depth = depths[node];
            if (depth >= query.Depth) break; // discovery order is depth order: every later node is as deep
            incident.Clear();
            Incidence.Collect(graph, node, RelationDirection.Both, filter, incident);
            if (incident.Count > query.LimitPerNode) truncated = true;
            for (var k = 0; k < incident.Count && k < query.LimitPerNode; k++)
            {
                var j = incident[k];
                var other = graph.FromPositions[j] == node ? graph.ToPositions[j] : graph.FromPositions[j];
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
                edges.Add(j);
            }
        }

        var edgeList = edges.ToArray();
        Array.Sort(edgeList, (a, b) => graph.RelationIdRanks[a].CompareTo(graph.RelationIdRanks[b]));
        return new Subgraph(
            nodes.Select(i => graph.Entities[i]).ToList(),
            edgeList.Select(j => graph.Relations[j]).ToList(),
            truncated);
    }
}
