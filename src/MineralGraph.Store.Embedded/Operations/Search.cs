using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// Name search over every name and alias, folded with <see cref="SearchText"/> (case, accents, punctuation ignored).
/// <para>A name or alias matches when every query word is a prefix of some word of that same name (any order; two
/// query words may match one name word), or when the query with spaces removed is a prefix of the name with spaces
/// removed ("tmec" matches "T-MEC", "secretariadeeco" matches "Secretaría de Economía").</para>
/// <para>Each name is scored by <see cref="NameScore"/> (shared with the Neo4j store): 100 for an equal name
/// (+10 when it is the primary name), 80 from the start, 60 anywhere, minus 0.01 × the folded name's length.</para>
/// <para>Each entity scores its best name; on a tie the primary name, then the earlier alias, is the
/// <see cref="SearchHit.MatchedName"/> (as written in the seed). Hits are ordered by score descending, then folded
/// primary name, then id (ordinal); the Kinds filter (null or empty: all) applies before First. Text without any
/// letter or digit, or longer than <see cref="SearchText.MaxLength"/>, is an <see cref="ArgumentException"/>; so is a negative First.</para>
/// </summary>
internal static class Search
{
    public static IReadOnlyList<SearchHit> Run(EmbeddedGraph graph, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query.Text, "text");
        if (SearchText.Problem(query.Text) is { } problem) throw new ArgumentException(problem, "text");
        var words = SearchText.Tokens(query.Text);
        QueryLimits.AtLeast(query.First, 0, "first");
        var compact = string.Concat(words);
        var kinds = query.Kinds is { Count: > 0 } k ? k.ToHashSet() : null;

        // Candidates: names holding a word that starts with the longest query word (usually the rarest), and
        // names whose compact form starts with the compact query. Every candidate is then checked in full.
        var longest = words.MaxBy(w => w.Length)!;
        var candidates = new HashSet<int>(graph.Names.WithWordPrefix(longest));
        candidates.UnionWith(graph.Names.WithCompactPrefix(compact));

        var best = new Dictionary<int, (double Score, NameEntry Name)>();
        foreach (var c in candidates)
        {
            var name = graph.Names.Entries[c];
            if (kinds is not null && !kinds.Contains(graph.Entities[name.Entity].Kind)) continue;
            if (Score(name, words, compact) is not { } score) continue;
            if (!best.TryGetValue(name.Entity, out var current) || score > current.Score || (score == current.Score && name.Order < current.Name.Order))
                best[name.Entity] = (score, name);
        }

        var ranked = best.ToArray();
        Array.Sort(ranked, (a, b) =>
        {
            var byScore = b.Value.Score.CompareTo(a.Value.Score);
            if (byScore != 0) return byScore;
            var byName = string.CompareOrdinal(graph.FoldedNames[a.Key], graph.FoldedNames[b.Key]);
            return byName != 0 ? byName : string.CompareOrdinal(graph.Entities[a.Key].Id, graph.Entities[b.Key].Id);
        });
        return ranked.Take(query.First)
            .Select(p => new SearchHit(graph.Entities[p.Key], p.Value.Score, p.Value.Name.Text))
            .ToList();
    }

    /// <summary>The score of one name for the folded query, or null when it does not match (<see cref="NameScore"/>).</summary>
    internal static double? Score(NameEntry name, string[] words, string compact) =>
        NameScore.Of(name.Tokens, name.Folded, name.Compact, name.IsPrimary, words, compact);
}
