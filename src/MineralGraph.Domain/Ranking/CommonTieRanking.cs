using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;

namespace MineralGraph.Domain.Ranking;

/// <summary>
/// Turns the ties a store fetched into the answer to a <see cref="CommonTiesQuery"/>, the same in every store. Each tie
/// gets its <see cref="TieStrength"/> on the query's day. A candidate counts when it is none of the entities asked
/// about and is tied to each of them; its strength is the weakest, over the entities asked about, of its strongest tie
/// to each. Order: strength (highest first), then more ties, then folded name, then id (ordinal); the first
/// <see cref="CommonTiesQuery.First"/>.
/// </summary>
public static class CommonTieRanking
{
    /// <summary>One tie a store found between a candidate and the entity asked about at <paramref name="Of"/> (an index into the query's ids).</summary>
    public readonly record struct Found(Entity Candidate, int Of, Relation Relation);

    /// <param name="of">The entities the query's ids name, in order (null where unknown).</param>
    public static CommonTies Run(CommonTiesQuery query, IReadOnlyList<Entity?> of, IEnumerable<Found> found)
    {
        if (of.Any(e => e is null) || of.Select(e => e!.Id).Distinct(StringComparer.Ordinal).Count() < of.Count) return new CommonTies(of, []);
        var asked = of.Select(e => e!.Id).ToHashSet(StringComparer.Ordinal);
        var day = query.JudgedOn;
        var ties = new List<CommonTie>();
        foreach (var candidate in found.Where(f => !asked.Contains(f.Candidate.Id)).GroupBy(f => f.Candidate.Id, StringComparer.Ordinal))
        {
            var byOf = candidate.GroupBy(f => f.Of).ToDictionary(g => g.Key, g => g.ToList());
            if (byOf.Count < of.Count) continue;
            var links = new List<CommonTieLink>();
            int strength = int.MaxValue, weakest = 0;
            for (var i = 0; i < of.Count; i++)
            {
                var mine = byOf[i].DistinctBy(f => f.Relation.Id)
                    .Select(f => new CommonTieLink(of[i]!, f.Relation, TieStrength.Of(f.Relation, day)))
                    .OrderByDescending(l => l.Strength.Score).ThenBy(l => l.Relation.Id, StringComparer.Ordinal).ToList();
                if (mine[0].Strength.Score < strength) (strength, weakest) = (mine[0].Strength.Score, links.Count);
                links.AddRange(mine);
            }
            ties.Add(new CommonTie(candidate.First().Candidate, strength, weakest, links));
        }
        return new CommonTies(of, ties
            .OrderByDescending(t => t.Strength).ThenByDescending(t => t.Links.Count)
            .ThenBy(t => SearchText.Fold(t.Entity.Name), StringComparer.Ordinal).ThenBy(t => t.Entity.Id, StringComparer.Ordinal)
            .Take(query.First).ToList());
    }
}
