using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// A filtered, sorted page of entities.
/// <list type="bullet">
/// <item>Kind, Country, Type, Status: exact, ordinal; null does not filter.</item>
/// <item>NameContains: <see cref="SearchText.Fold"/> of it is an ordinal substring of the folded name or of any folded
/// alias ("t-mec" folds to "t mec" and finds alias "T-MEC"). A text that folds to nothing does not filter.</item>
/// <item>DateFrom/DateTo: the entity's <see cref="Entity.Date"/> range [Earliest, Latest] overlaps the bounds
/// (Latest ≥ DateFrom, Earliest ≤ DateTo); entities without a date, or dated only to a month whose year the source
/// does not give, are left out when either bound is given.</item>
/// <item>Sort: NameAsc / NameDesc on the folded name (ordinal), DateAsc / DateDesc on Date.Earliest with undated
/// entities (and months without a year) last; IdAsc on id. Every sort breaks ties by id ascending.</item>
/// <item>Offset/First cut the page; HasNextPage says an item follows it; TotalCount is counted only when
/// IncludeTotal. First 0 gives an empty page; bad arguments are refused by <see cref="QueryArguments"/>.</item>
/// </list>
/// </summary>
internal static class EntityList
{
    public static Page<Entity> Run(EmbeddedGraph graph, EntityListQuery query)
    {
        QueryArguments.Check(query);
        var needle = query.NameContains is null ? "" : SearchText.Fold(query.NameContains);

        var items = new List<Entity>(Math.Min(query.First, 1000));
        var matched = 0;
        var hasNext = false;
        foreach (var i in graph.Orders.Of(query.Sort, query.Kind))
        {
            if (!Matches(graph, i, query, needle)) continue;
            if (matched >= query.Offset && items.Count < query.First) items.Add(graph.Entities[i]);
            else if (matched >= (long)query.Offset + query.First)
            {
                hasNext = true;
                if (!query.IncludeTotal) break;
            }
            matched++;
        }
        return new Page<Entity>(items, query.Offset, hasNext, query.IncludeTotal ? matched : null);
    }

    static bool Matches(EmbeddedGraph graph, int i, EntityListQuery query, string needle)
    {
        var e = graph.Entities[i];
        if (query.Country is not null && e.Country != query.Country) return false;
        if (query.Type is not null && e.Type != query.Type) return false;
        if (query.Status is not null && e.Status != query.Status) return false;
        if (query.DateFrom is not null || query.DateTo is not null)
        {
            if (e.Date is not { IsPlaced: true } date) return false; // a month without a year cannot be placed
            if (query.DateFrom is { } from && date.Latest < from) return false;
            if (query.DateTo is { } to && date.Earliest > to) return false;
        }
        if (needle.Length > 0)
        {
            var found = false;
            foreach (var name in graph.Names.Of(i))
            {
                if (name.Folded.Contains(needle, StringComparison.Ordinal)) { found = true; break; }
            }
            if (!found) return false;
        }
        return true;
    }
}
