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
/// Valid and Unknown stay. Retracted relations are left out unless IncludeRetracted. Denied claims are listed unless
/// Denied picks a side; MinAmount keeps relations whose amount <see cref="Amount.IsAtLeast"/> it.</item>
/// <item>Order: kind name (<see cref="RelationKinds.Name"/>, ordinal), then relation id (ordinal); by amount as
/// <see cref="AmountOrder"/> says.</item>
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
            Incidence.Collect(graph, entity, q.Direction, RelationFilter.ForList(q), matching);
            if (q.Order != RelationOrder.Kind)
            {
                var order = new AmountOrder(q.Order == RelationOrder.AmountDescending);
                var sorted = matching.OrderBy(j => graph.Relations[j], order).ToList(); // stable: kind name, id among ties
                matching.Clear();
                matching.AddRange(sorted);
            }
            var start = Math.Min(q.Offset, matching.Count);
            var count = Math.Min(q.First, matching.Count - start);
            var items = new Relation[count];
            for (var k = 0; k < count; k++) items[k] = graph.Relations[matching[start + k]];
            pages[i] = new Page<Relation>(items, q.Offset, start + count < matching.Count, q.IncludeTotal ? matching.Count : null);
        }
        return pages;
    }
}
