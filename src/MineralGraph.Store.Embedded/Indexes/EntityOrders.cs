using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Time;

namespace MineralGraph.Store.Embedded.Indexes;

/// <summary>
/// Every entity list order, precomputed for all entities and for each kind, so a page is a walk from the
/// start of an array rather than a sort per request. Names compare folded and ordinal; ties go by id.
/// </summary>
internal sealed class EntityOrders
{
    readonly Dictionary<EntitySort, int[]> all = [];
    readonly Dictionary<(EntitySort, EntityKind), int[]> byKind = [];

    public EntityOrders(Entity[] entities, string[] foldedNames)
    {
        int ById(int a, int b) => string.CompareOrdinal(entities[a].Id, entities[b].Id);
        int DateOrNullsLast(int a, int b, bool descending)
        {
            // A month without a year cannot be placed on the calendar: it sorts as undated.
            var (da, db) = (Placed(entities[a].Date), Placed(entities[b].Date));
            if (da is null || db is null) return da is null == db is null ? 0 : da is null ? 1 : -1;
            var c = da.Value.Earliest.CompareTo(db.Value.Earliest);
            return descending ? -c : c;
        }
        var comparisons = new Dictionary<EntitySort, Comparison<int>>
        {
            [EntitySort.NameAsc] = (a, b) => Then(string.CompareOrdinal(foldedNames[a], foldedNames[b]), a, b, ById),
            [EntitySort.NameDesc] = (a, b) => Then(string.CompareOrdinal(foldedNames[b], foldedNames[a]), a, b, ById),
            [EntitySort.DateAsc] = (a, b) => Then(DateOrNullsLast(a, b, false), a, b, ById),
            [EntitySort.DateDesc] = (a, b) => Then(DateOrNullsLast(a, b, true), a, b, ById),
            [EntitySort.IdAsc] = ById,
        };
        foreach (var (sort, comparison) in comparisons)
        {
            var order = Enumerable.Range(0, entities.Length).ToArray();
            Array.Sort(order, comparison);
            all[sort] = order;
            // Splitting the sorted whole by kind keeps each kind's slice sorted.
            foreach (var group in order.GroupBy(i => entities[i].Kind)) byKind[(sort, group.Key)] = group.ToArray();
        }
    }

    static PartialDate? Placed(PartialDate? date) => date is { IsPlaced: true } ? date : null;

    static int Then(int first, int a, int b, Comparison<int> tieBreak) => first != 0 ? first : tieBreak(a, b);

    public int[] Of(EntitySort sort, EntityKind? kind) =>
        kind is { } k ? byKind.GetValueOrDefault((sort, k)) ?? [] : all[sort];
}
