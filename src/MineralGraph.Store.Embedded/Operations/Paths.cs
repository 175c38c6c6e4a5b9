using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// The paths query: which searches run and how their chains are ranked are the domain's (<see cref="PathSearch"/>,
/// <see cref="PathRanking"/>); each search is one <see cref="ShortestPaths"/>. From == To (and known): one path with
/// that node and no relations. Unknown ends, <c>first</c> 0 or no chain within MaxHops: empty. Bad arguments are
/// refused by <see cref="QueryArguments"/>.
/// </summary>
internal static class Paths
{
    public static IReadOnlyList<GraphPath> Run(EmbeddedGraph graph, PathQuery query)
    {
        QueryArguments.Check(query);
        if (graph.PositionOf(query.From) is not { } from || graph.PositionOf(query.To) is not { } to || query.First == 0) return [];
        int Degree(Entity e) => graph.Degrees[graph.EntityPositions[e.Id]];
        if (from == to) return PathRanking.Rank([new GraphPath([graph.Entities[from]], [])], query, Degree);

        var filter = RelationFilter.Of(query.Kinds, query.AsOf);
        var candidates = PathSearch.Run(query.Through,
            search => ShortestPaths.Find(graph, from, to, query.MaxHops, filter, search, PathSearch.Candidates));
        return PathRanking.Rank(candidates, query, Degree);
    }
}
