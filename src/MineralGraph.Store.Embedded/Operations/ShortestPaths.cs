using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// One <see cref="PathSearch.Search"/>: all shortest paths between two different entities, ignoring direction, over
/// relations that pass the Kinds/AsOf filter (as for relation lists; retracted relations are never used) and, for an
/// actors-only search, are ties between actors; a hub-free search never passes through a hub (the ends may be hubs).
/// At most MaxHops relations. Two relations joining the same two entities make two paths. Paths are taken in the order
/// of their relation ids read from From to To, compared id by id (ordinal), at most <c>limit</c>. No path within
/// MaxHops: empty.
/// </summary>
internal sealed class ShortestPaths
{
    readonly EmbeddedGraph graph;
    readonly RelationFilter filter;
    readonly PathSearch.Search search;
    readonly int from, to;

    ShortestPaths(EmbeddedGraph graph, RelationFilter filter, PathSearch.Search search, int from, int to)
    {
        this.graph = graph;
        this.filter = filter;
        this.search = search;
        this.from = from;
        this.to = to;
    }

    public static IReadOnlyList<GraphPath> Find(EmbeddedGraph graph, int from, int to, int maxHops, RelationFilter filter, PathSearch.Search search, int limit)
    {
        var walk = new ShortestPaths(graph, filter, search, from, to);
        var toTarget = walk.DistancesToTarget(maxHops);
        if (!toTarget.TryGetValue(from, out var hops)) return [];

        // Walking forward from From, a step to w stays on a shortest path exactly when w is one hop nearer To.
        // Taking the steps in relation-id order yields the paths in the required order, so we stop at the limit.
        var paths = new List<GraphPath>();
        walk.Walk(toTarget, from, hops, [from], [], paths, limit);
        return paths;
    }

    /// <summary>The relations this search may follow from <paramref name="node"/>, appended to <paramref name="into"/>.</summary>
    void Steps(int node, List<int> into)
    {
        into.Clear();
        Incidence.Collect(graph, node, RelationDirection.Both, filter, into);
        if (search.ActorsOnly) into.RemoveAll(j => !graph.IsActorTie[j]);
    }

    /// <summary>Whether this search may pass through <paramref name="node"/>.</summary>
    bool Passable(int node) => !search.HubFree || !graph.IsHub[node] || node == from || node == to;

    /// <summary>
    /// Each node's distance to To, for the nodes on shortest paths (and more), or a map without From when no path
    /// has at most MaxHops relations. Breadth first from both ends, always growing the smaller frontier by a whole
    /// level, so a path from an official to a hub (a government with tens of thousands of ties) is found without
    /// walking the hub's whole neighbourhood. When the frontiers meet at length d, the To side's distances are exact
    /// up to its depth; the From side's nodes that lead to the meeting nodes get d minus their level.
    /// </summary>
    Dictionary<int, int> DistancesToTarget(int maxHops)
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
                Steps(node, incident);
                foreach (var j in incident)
                {
                    var other = Other(j, node);
                    if (!Passable(other) || !seen.TryAdd(other, level)) continue;
                    next.Add(other);
                    var across = growSource ? toTarget.GetValueOrDefault(other, -1) : fromSource.GetValueOrDefault(other, -1);
                    if (across >= 0) length = Math.Min(length, level + across);
                }
            }
            if (growSource) { sourceLayers.Add(next); sourceDepth = level; }
            else { targetFrontier = next; targetDepth = level; }
            if (length != int.MaxValue) return Joined(toTarget, fromSource, sourceLayers, length);
        }
        return toTarget;
    }

    /// <summary>
    /// Adds to <paramref name="toTarget"/> the From-side nodes on shortest paths of <paramref name="length"/>: those at
    /// the deepest From level whose distance to To is known and completes the length, then, level by level back to
    /// From, the nodes with a tie to one already added.
    /// </summary>
    Dictionary<int, int> Joined(Dictionary<int, int> toTarget, Dictionary<int, int> fromSource, List<List<int>> sourceLayers, int length)
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
                Steps(node, incident);
                if (incident.Any(j => onPath.Contains(Other(j, node)) && fromSource[Other(j, node)] == level + 1)) layer.Add(node);
            }
            foreach (var node in onPath) toTarget.TryAdd(node, length - fromSource[node]);
            onPath = layer;
        }
        foreach (var node in onPath) toTarget.TryAdd(node, length - fromSource[node]);
        return toTarget;
    }

    void Walk(Dictionary<int, int> toTarget, int node, int remaining, List<int> nodes, List<int> relations, List<GraphPath> paths, int limit)
    {
        if (remaining == 0)
        {
            paths.Add(new GraphPath(nodes.Select(i => graph.Entities[i]).ToList(), relations.Select(j => graph.Relations[j]).ToList()));
            return;
        }
        var steps = new List<int>();
        Steps(node, steps);
        steps.RemoveAll(j => toTarget.GetValueOrDefault(Other(j, node), -1) != remaining - 1);
        steps.Sort((a, b) => graph.RelationIdRanks[a].CompareTo(graph.RelationIdRanks[b]));
        foreach (var j in steps)
        {
            if (paths.Count >= limit) return;
            var other = Other(j, node);
            nodes.Add(other);
            relations.Add(j);
            Walk(toTarget, other, remaining - 1, nodes, relations, paths, limit);
            nodes.RemoveAt(nodes.Count - 1);
            relations.RemoveAt(relations.Count - 1);
        }
    }

    int Other(int relation, int node) =>
        graph.FromPositions[relation] == node ? graph.ToPositions[relation] : graph.FromPositions[relation];
}
