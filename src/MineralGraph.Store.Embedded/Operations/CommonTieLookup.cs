using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// Common ties: the entities the ids name (merged ids followed), then, walking out from the one with the fewest ties,
/// every entity with a relation (passing the Kinds/AsOf filter, never retracted) to each of them, with all such
/// relations; the ranking is the domain's <see cref="CommonTieRanking"/>. Bad arguments are refused by
/// <see cref="QueryArguments"/>.
/// </summary>
internal static class CommonTieLookup
{
    public static CommonTies Run(EmbeddedGraph graph, CommonTiesQuery query)
    {
        QueryArguments.Check(query);
        var positions = query.Ids.Select(graph.PositionOf).ToList();
        var of = positions.Select(p => p is { } i ? graph.Entities[i] : null).ToList();
        if (positions.Any(p => p is null) || query.First == 0) return CommonTieRanking.Run(query, of, []);

        var filter = RelationFilter.Of(query.Kinds, query.AsOf);
        var ends = positions.Select(p => p!.Value).ToList();
        var order = Enumerable.Range(0, ends.Count).OrderBy(i => graph.Degrees[ends[i]]).ToList();
        // Candidates are the other ends of the least connected entity's ties; each later entity keeps those it also reaches.
        var reached = new Dictionary<int, int>(); // candidate → how many of the entities (in `order`) reach it
        var incident = new List<int>();
        var found = new List<(int Candidate, int Of, int Relation)>();
        for (var step = 0; step < order.Count; step++)
        {
            var i = order[step];
            incident.Clear();
            Incidence.Collect(graph, ends[i], RelationDirection.Both, filter, incident);
            var reachedNow = new HashSet<int>();
            foreach (var j in incident)
            {
                var other = graph.FromPositions[j] == ends[i] ? graph.ToPositions[j] : graph.FromPositions[j];
                if (step == 0) reached.TryAdd(other, 0);
                if (!reached.TryGetValue(other, out var count) || count < step) continue;
                reachedNow.Add(other);
                found.Add((other, i, j));
            }
            foreach (var c in reachedNow) reached[c] = step + 1;
        }
        var common = found.Where(f => reached[f.Candidate] == order.Count)
            .Select(f => new CommonTieRanking.Found(graph.Entities[f.Candidate], f.Of, graph.Relations[f.Relation]));
        return CommonTieRanking.Run(query, of, common);
    }
}
