using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// The graph around an entity: the walk, its caps and truncation are the domain's <see cref="NeighbourhoodWalk"/>;
/// this store gives it each node's relations that pass the Kinds/AsOf filter (as for relation lists; never retracted
/// ones), already in kind name then id order, cut to LimitPerNode. Bad arguments are refused by <see cref="QueryArguments"/>.
/// </summary>
internal static class Neighbourhood
{
    public static Subgraph Run(EmbeddedGraph graph, NeighbourhoodQuery query)
    {
        QueryArguments.Check(query);
        var start = graph.PositionOf(query.Id) is { } s ? graph.Entities[s] : null;
        var filter = RelationFilter.Of(query.Kinds, query.AsOf);
        var incident = new List<int>();
        return NeighbourhoodWalk.Run(query, start, node =>
        {
            incident.Clear();
            Incidence.Collect(graph, graph.EntityPositions[node], RelationDirection.Both, filter, incident);
            var kept = new Relation[Math.Min(incident.Count, query.LimitPerNode)];
            for (var k = 0; k < kept.Length; k++) kept[k] = graph.Relations[incident[k]];
            return new NeighbourhoodWalk.Expansion(kept, incident.Count > query.LimitPerNode);
        }, id => graph.Entities[graph.EntityPositions[id]]);
    }
}
