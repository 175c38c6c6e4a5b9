using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// A page of one entity's relations per query, in query order.
/// <list type="bullet">
/// <item>Direction: Outgoing = the entity is <see cref="Relation.From"/>; Incoming = it is <see cref="Relation.To"/>;
/// Both = either (a relation from the entity to itself counts once).</item>
/// <item>Kinds: null or empty = every kind. AsOf: relations with <c>ValidityOn(asOf) == Invalid</c> are left out;
/// Valid and Unknown stay. Retracted relations are left out unless IncludeRetracted.</item>
/// <item>Order: kind name (<see cref="RelationKinds.Name"/>, ordinal), then relation id (ordinal).</item>
/// <item>Offset/First/HasNextPage/TotalCount as for entity lists. An unknown entity gives an empty page
/// (TotalCount 0 when asked for).</item>
/// </list>
/// </summary>
internal static class RelationList
{
    public static IReadOnlyList<Page<Relation>> Run(EmbeddedGraph graph, IReadOnlyList<RelationListQuery> queries)
    {
        QueryArguments.Check(queries);
        var matching = new List<int>();
        var pages = new Page<Relation>[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var q = queries[i];
            if (graph.PositionOf(q.EntityId) is not { } entity)
            {
                pages[i] = Page<Relation>.Empty(q.Offset, q.IncludeTotal);
                continue;
            }
            matching.Clear();
            Incidence.Collect(graph, entity, q.Direction, RelationFilter.Of(q.Kinds, q.AsOf, q.IncludeRetracted), matching);
            var start = Math.Min(q.Offset, matching.Count);
            var count = Math.Min(q.First, matching.Count - start);
            var items = new Relation[count];
            for (var k = 0; k < count; k++) items[k] = graph.Relations[matching[start + k]];
            pages[i] = new Page<Relation>(items, q.Offset, start + count < matching.Count, q.IncludeTotal ? matching.Count : null);
        }
        return pages;
    }
}
