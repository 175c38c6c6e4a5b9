using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;
using MineralGraph.Store.Embedded.Indexes;
using MineralGraph.Store.Embedded.Operations;
using MineralGraph.Synthetic;

namespace MineralGraph.Store.Tests.Embedded;

/// <summary>
/// Each search of the embedded store's paths (breadth first from both ends; actor ties only or every tie; through hubs
/// or not) against a plain one-sided breadth-first search over the same ties, on a synthetic graph with hubs: same
/// length, only shortest paths, and as many as exist up to the limit.
/// </summary>
public sealed class ShortestPathsPropertyTests
{
    static readonly SeedGraph Graph = SyntheticGraph.Generate(new SyntheticGraphOptions { Seed = 7, Entities = 2_000, Relations = 6_000 });
    static readonly EmbeddedGraph Embedded = new(Graph.Entities, Graph.Relations);

    public static TheoryData<bool, bool> Searches => new() { { false, false }, { true, false }, { false, true }, { true, true } };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Paths_RandomPairs_MatchOneSidedBreadthFirstSearch(bool actorsOnly, bool hubFree)
    {
        var search = new PathSearch.Search(actorsOnly, hubFree);
        var entities = Graph.Entities.ToDictionary(e => e.Id);
        var degrees = Graph.Relations.SelectMany(r => r.From == r.To ? new[] { r.From } : [r.From, r.To]).CountBy(id => id).ToDictionary();
        var hubs = entities.Values.Where(e => Hubs.IsHub(e, degrees.GetValueOrDefault(e.Id))).Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(hubs);
        var adjacency = Graph.Relations.Where(r => r.Retraction is null)
            .Where(r => !actorsOnly || TieClasses.Of(r.Kind, entities[r.From].Kind, entities[r.To].Kind) == TieClass.Actor)
            .SelectMany(r => new[] { (Node: r.From, Relation: r, Other: r.To), (Node: r.To, Relation: r, Other: r.From) })
            .Where(e => e.Node != e.Other)
            .GroupBy(e => e.Node).ToDictionary(g => g.Key, g => g.Select(e => (e.Relation, e.Other)).ToList());
        var ids = Graph.Entities.Select(e => e.Id).ToList();
        var random = new Random(20261125);
        var checkedPaths = 0;
        for (var i = 0; i < 300; i++)
        {
            var (from, to) = (ids[random.Next(ids.Count)], ids[random.Next(ids.Count)]);
            if (from == to) continue;
            bool Passable(string id) => !hubFree || id == from || id == to || !hubs.Contains(id);
            var (distance, count) = Reference(adjacency, Passable, from, to, maxHops: 4);
            var paths = ShortestPaths.Find(Embedded, Embedded.PositionOf(from)!.Value, Embedded.PositionOf(to)!.Value, 4,
                RelationFilter.Of(null, null), search, limit: 5);
            if (distance is null)
            {
                Assert.Empty(paths);
                continue;
            }
            Assert.Equal(Math.Min(5, count), paths.Count);
            foreach (var path in paths)
            {
                Assert.Equal(distance, path.Hops);
                Assert.Equal(from, path.Nodes[0].Id);
                Assert.Equal(to, path.Nodes[^1].Id);
                for (var h = 0; h < path.Hops; h++)
                {
                    var r = path.Relations[h];
                    Assert.True((r.From, r.To) == (path.Nodes[h].Id, path.Nodes[h + 1].Id) || (r.To, r.From) == (path.Nodes[h].Id, path.Nodes[h + 1].Id));
                }
                Assert.All(path.Nodes, n => Assert.True(Passable(n.Id), $"{n.Id} is a hub"));
            }
            Assert.Equal(paths.Count, paths.Select(p => string.Join(",", p.Relations.Select(r => r.Id))).Distinct().Count());
            checkedPaths += paths.Count;
        }
        Assert.True(checkedPaths > 100, $"only {checkedPaths} paths were checked");
    }

    /// <summary>Shortest distance from <paramref name="from"/> and how many shortest paths (parallel relations count twice), or null.</summary>
    static (int? Distance, long Count) Reference(Dictionary<string, List<(Relation Relation, string Other)>> adjacency, Func<string, bool> passable,
        string from, string to, int maxHops)
    {
        var distance = new Dictionary<string, int> { [from] = 0 };
        var ways = new Dictionary<string, long> { [from] = 1 };
        var frontier = new List<string> { from };
        for (var level = 1; level <= maxHops && frontier.Count > 0 && !distance.ContainsKey(to); level++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var (_, other) in adjacency.GetValueOrDefault(node, []))
                {
                    if (!passable(other)) continue;
                    if (distance.TryAdd(other, level)) next.Add(other);
                    if (distance[other] == level) ways[other] = ways.GetValueOrDefault(other) + ways[node];
                }
            }
            frontier = next;
        }
        return distance.TryGetValue(to, out var d) ? (d, ways[to]) : (null, 0);
    }
}
