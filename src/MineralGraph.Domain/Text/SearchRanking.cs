using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Neo4j.Search;

/// <summary>
/// Scores search candidates exactly as the embedded store does (its Operations/Search.cs is the reference):
/// a name matches when every query word is a prefix of one of its words, or the space-free query is a prefix
/// of the space-free name; each name is scored by <see cref="NameScore"/>. Best name per entity (ties: primary, then earlier alias);
/// hits by score descending, then folded primary name, then id, ordinal.
/// </summary>
internal static class SearchScoring
{
    public static List<SearchHit> Rank(IEnumerable<Entity> candidates, string[] words, int first)
    {
        var compact = string.Concat(words);
        var hits = new List<(SearchHit Hit, string FoldedName)>();
        foreach (var entity in candidates.DistinctBy(e => e.Id))
        {
            (double Score, string Name)? best = null;
            var names = entity.Aliases.Prepend(entity.Name).ToArray();
            for (var order = 0; order < names.Length; order++)
            {
                if (Score(names[order], order == 0, words, compact) is not { } score) continue;
                if (best is null || score > best.Value.Score) best = (score, names[order]);
            }
            if (best is { } b) hits.Add((new SearchHit(entity, b.Score, b.Name), SearchText.Fold(entity.Name)));
        }
        hits.Sort((a, b) =>
        {
            var byScore = b.Hit.Score.CompareTo(a.Hit.Score);
            if (byScore != 0) return byScore;
            var byName = string.CompareOrdinal(a.FoldedName, b.FoldedName);
            return byName != 0 ? byName : string.CompareOrdinal(a.Hit.Entity.Id, b.Hit.Entity.Id);
        });
        return hits.Take(first).Select(h => h.Hit).ToList();
    }

    /// <summary>The score of one name, or null when it does not match (<see cref="NameScore"/>, shared with the embedded store).</summary>
    public static double? Score(string name, bool isPrimary, string[] words, string compact)
    {
        var folded = SearchText.Fold(name);
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return NameScore.Of(tokens, folded, string.Concat(tokens), isPrimary, words, compact);
    }
}
