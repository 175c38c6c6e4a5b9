using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Domain.Text;

/// <summary>
/// Ranks search candidates, the same in every store: each name or alias a store offers is scored by
/// <see cref="NameScore"/>; each entity keeps its best-scoring name, and on a tie the primary name, then the earlier
/// alias (that name, as written, is <see cref="SearchHit.MatchedName"/>). Hits come by score descending (the name that is
/// the query, then the one holding every word, then the primary name, then the shorter), then id (ordinal). A store
/// only says which names can match (see <see cref="SearchTerms"/>).
/// </summary>
public sealed class SearchRanking(SearchTerms terms)
{
    readonly record struct Best(Entity Entity, double Score, int Order, string Name);

    readonly Dictionary<string, Best> best = new(StringComparer.Ordinal);

    /// <summary>
    /// Offers one name of <paramref name="entity"/>, already folded: <paramref name="order"/> is 0 for the primary name,
    /// then 1, 2… for the aliases as listed.
    /// </summary>
    public void Offer(Entity entity, int order, string name, string[] nameWords, string nameFolded, string nameCompact)
    {
        if (NameScore.Of(nameWords, nameFolded, nameCompact, order == 0, terms.Words, terms.Compact) is not { } score) return;
        if (!best.TryGetValue(entity.Id, out var current) || score > current.Score || (score == current.Score && order < current.Order))
            best[entity.Id] = new Best(entity, score, order, name);
    }

    /// <summary>Offers the entity's name and every alias, folding each.</summary>
    public void Offer(Entity entity)
    {
        Offer(entity, 0, entity.Name);
        for (var i = 0; i < entity.Aliases.Count; i++) Offer(entity, i + 1, entity.Aliases[i]);
    }

    void Offer(Entity entity, int order, string name)
    {
        var folded = SearchText.Fold(name);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Offer(entity, order, name, words, folded, string.Concat(words));
    }

    /// <summary>The best <paramref name="first"/> hits, best first.</summary>
    public List<SearchHit> Top(int first)
    {
        var ranked = best.Values.ToArray();
        Array.Sort(ranked, (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(a.Entity.Id, b.Entity.Id);
        });
        return ranked.Take(first).Select(h => new SearchHit(h.Entity, h.Score, h.Name)).ToList();
    }
}
