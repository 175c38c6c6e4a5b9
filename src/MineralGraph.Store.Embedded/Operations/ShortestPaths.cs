using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// All shortest paths between two entities, ignoring direction, over relations that pass the Kinds/AsOf filter
/// (as for relation lists; retracted relations are never used), of at most MaxHops relations. Two relations joining the same two entities make two
/// paths. Paths are ordered by their sequence of relation ids read from From to To, compared id by id (ordinal),
/// and at most First are returned. From == To (and known): one path with that node and no relations. Unknown
/// ends or no path within MaxHops: empty. Bad arguments are refused by <see cref="QueryArguments"/>.
/// </summary>
internal static class ShortestPaths
{
    public static IReadOnlyList<GraphPath> Run(EmbeddedGraph graph, PathQuery query)
    {
        QueryArguments.Check(query);
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

    /// <summary>
    /// Each node's distance to To, for the nodes on shortest paths (and more), or a map without From when no path
    /// has at most MaxHops relations. Breadth first from both ends, always growing the smaller frontier by a whole
    /// level, so a path from an official to a hub (a government with tens of thousands of ties) is found without
    /// walking the hub's whole neighbourhood. When the frontiers meet at length d, the To side's distances are exact
    /// up to its depth; the From side's nodes that lead to the meeting nodes get d minus their level.
    /// </summary>
    static Dictionary<int, int> DistancesToTarget(EmbeddedGraph graph, int from, int to, int maxHops, RelationFilter filter)
    {
        var toTarget = new Dictionary<int, int> { [to] = 0 };
        var fromSource = new Dictionary<int, int> { [from] = 0 };
        var sourceLayers = new List<List<int>> { new() { from } };
        var targetFrontier = new List<int> { to };
        int sourceDepth = 0, targetDepth = 0;
        var incident = new List<int>();
        while (sourceDepth + targetDepth < maxHops && sourceLayers[^1].Count > 0 && targetFrontier.Count > 0)
        {
            var growSource = sourceLayers[^1].Count <= targetFrontier.Count;
            var frontier = growSource ? sourceLayers[^1] : targetFrontier;
            var seen = growSource ? fromSource : toTarget;
            var level = (growSource ? sourceDepth : targetDepth) + 1;
            var next = new List<int>();
            var length = int.MaxValue;
            foreach (var node in frontier)
            {
                incident.Clear();
                Incidence.Collect(graph, node, RelationDirection.Both, filter, incident);
                foreach (var j in incident)
                {
                    var other = Other(graph, j, node);
                    if (!seen.TryAdd(other, level)) continue;
                    next.Add(other);
                    var across = growSource ? toTarget.GetValueOrDefault(other, -1) : fromSource.GetValueOrDefault(other, -1);
                    if (across >= 0) length = Math.Min(length, level + across);
                }
            }
            if (growSource) { sourceLayers.Add(next); sourceDepth = level; }
            else { targetFrontier = next; targetDepth = level; }
            if (length != int.MaxValue) return Joined(graph, filter, toTarget, fromSource, sourceLayers, length);
        }
        return toTarget;
    }

    /// <summary>
    /// Adds to <paramref name="toTarget"/> the From-side nodes on shortest paths of <paramref name="length"/>: those at
    /// the deepest From level whose distance to To is known and completes the length, then, level by level back to
    /// From, the nodes with a tie to one already added.
    /// </summary>
    static Dictionary<int, int> Joined(EmbeddedGraph graph, RelationFilter filter, Dictionary<int, int> toTarget,
        Dictionary<int, int> fromSource, List<List<int>> sourceLayers, int length)
    {
        var onPath = new HashSet<int>();
        var depth = sourceLayers.Count - 1;
        foreach (var node in sourceLayers[depth])
        {
            if (toTarget.TryGetValue(node, out var rest) && depth + rest == length) onPath.Add(node);
        }
        // When the To side grew last, the meeting nodes sit in an earlier From layer; find the deepest that meets.
        while (onPath.Count == 0 && depth > 0)
        {
            depth--;
            foreach (var node in sourceLayers[depth])
            {
                if (toTarget.TryGetValue(node, out var rest) && depth + rest == length) onPath.Add(node);
            }
        }
        var incident = new List<int>();
        for (var level = depth - 1; level >= 0; level--)
        {
            var layer = new HashSet<int>();
            foreach (var node in sourceLayers[level])
            {
                incident.Clear();
                Incidence.Collect(graph, node, RelationDirection.Both, filter, incident);
                if (incident.Any(j => onPath.Contains(Other(graph, j, node)) && fromSource[Other(graph, j, node)] == level + 1)) layer.Add(node);
            }
            foreach (var node in onPath) toTarget.TryAdd(node, length - fromSource[node]);
            onPath = layer;
        }
        foreach (var node in onPath) toTarget.TryAdd(node, length - fromSource[node]);
        return toTarget;
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
