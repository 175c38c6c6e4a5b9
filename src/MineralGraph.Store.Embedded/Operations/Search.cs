using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// Name search: which names can match is this store's <see cref="Indexes.NameIndex"/> (names with a word starting with
/// the longest query word, and names whose space-free form starts with the space-free query, of the asked kinds);
/// scores, the best name per entity and the order are the domain's <see cref="SearchRanking"/>. The Kinds filter
/// (null or empty: all) applies before First; bad arguments are refused by <see cref="QueryArguments"/>.
/// </summary>
internal static class Search
{
    public static IReadOnlyList<SearchHit> Run(EmbeddedGraph graph, SearchQuery query)
    {
        var terms = QueryArguments.Check(query);
        var kinds = query.Kinds is { Count: > 0 } k ? k.ToHashSet() : null;

        var candidates = new HashSet<int>(graph.Names.WithWordPrefix(terms.LongestWord));
        candidates.UnionWith(graph.Names.WithCompactPrefix(terms.Compact));

        var ranking = new SearchRanking(terms);
        foreach (var c in candidates)
        {
            var name = graph.Names.Entries[c];
            var entity = graph.Entities[name.Entity];
            if (kinds is not null && !kinds.Contains(entity.Kind)) continue;
            ranking.Offer(entity, name.Order, name.Text, name.Tokens, name.Folded, name.Compact);
        }
        return ranking.Top(query.First);
    }
}
