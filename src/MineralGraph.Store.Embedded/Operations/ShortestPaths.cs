using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// All shortest paths between two entities, ignoring direction, over relations that pass the Kinds/AsOf filter
/// (as for relation lists; retracted relations are never used), of at most MaxHops relations. Two relations joining the same two entities make two
/// paths. Paths are ordered by their sequence of relation ids read from From to To, compared id by id (ordinal),
/// and at most First are returned. From == To (and known): one path with that node and no relations. Unknown
/// ends or no path within MaxHops: empty. MaxHops or First below 0 is an <see cref="ArgumentException"/>.
/// </summary>
internal static class ShortestPaths
{
    public static IReadOnlyList<GraphPath> Run(EmbeddedGraph graph, PathQuery query)
    {
        QueryLimits.AtLeast(query.MaxHops, 0, "maxHops");
        QueryLimits.AtLeast(query.First, 0, "first");
        if (graph.PositionOf(query.From) is not { } from || graph.PositionOf(query.To) is not { } to || query.First == 0) return [];
        if (from == to) return [new GraphPath([graph.Entities[from]], [])];

        var filter = RelationFilter.Of(query.Kinds, query.AsOf);
        var toTarget = DistancesToTarget(graph, from, to, query.MaxHops, filter);
        if (!toTarget.TryGetValue(from, out var hops)) return [];

        // Walking forward from From, a step to w stays on a shortest path exactly when w is one hop nearer To.
        // Taking the steps in relation-id order yields the paths in the required order, so we stop at First.
        var paths = new List<GraphPath>();
        var nodes = new List<int> { from };
        var relations = new List<int>();
        Walk(graph, filter, toTarget, from, hops, nodes, relations, paths, query.First);
        return paths;
    }

    /// <summary>Breadth first from To, level by level, until From is reached or MaxHops levels are done.</summary>
    static Dictionary<int, int> DistancesToTarget(EmbeddedGraph graph, int from, int to, int maxHops, RelationFilter filter)
    {
        var distance = new Dictionary<int, int> { [to] = 0 };
        var frontier = new List<int> { to };
        var incident = new List<int>();
        for (var level = 1; level <= maxHops && frontier.Count > 0 && !distance.ContainsKey(from); level++)
        {
            var nextFrontier = new List<int>();
            foreach (var node in frontier)
            {
                incident.Clear();
                Incidence.Collect(graph, node, RelationDirection.Both, filter, incident);
                foreach (var j in incident)
                {
                    var other = Other(graph, j, node);
                    if (distance.TryAdd(other, level)) nextFrontier.Add(other);
                }
            }
            frontier = nextFrontier;
        }
        return distance;
    }

    static void Walk(EmbeddedGraph graph, RelationFilter filter, Dictionary<int, int> toTarget, int node, int remaining,
        List<int> nodes, List<int> relations, List<GraphPath> paths, int first)
    {
        if (remaining == 0)
        {
            paths.Add(new GraphPath(nodes.Select(i => graph.Entities[i]).ToList(), relations.Select(j => graph.Relations[j]).ToList()));
            return;
        }
        var steps = new List<int>();
        Incidence.Collect(graph, node, RelationDirection.Both, filter, steps);
        steps.RemoveAll(j => toTarget.GetValueOrDefault(Other(graph, j, node), -1) != remaining - 1);
        steps.Sort((a, b) => graph.RelationIdRanks[a].CompareTo(graph.RelationIdRanks[b]));
        foreach (var j in steps)
        {
            if (paths.Count >= first) return;
            var other = Other(graph, j, node);
            nodes.Add(other);
            relations.Add(j);
            Walk(graph, filter, toTarget, other, remaining - 1, nodes, relations, paths, first);
            nodes.RemoveAt(nodes.Count - 1);
            relations.RemoveAt(relations.Count - 1);
        }
    }

    static int Other(EmbeddedGraph graph, int relation, int node) =>
        graph.FromPositions[relation] == node ? graph.ToPositions[relation] : graph.FromPositions[relation];
}
