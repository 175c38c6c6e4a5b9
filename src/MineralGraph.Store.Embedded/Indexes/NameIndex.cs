using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Embedded.Indexes;

/// <summary>One name or alias of an entity, folded for comparison.</summary>
/// <param name="Order">0 for the primary name, then 1, 2… for the aliases in the order the seed lists them.</param>
/// <param name="Compact">The folded text with the spaces removed, so "tmec" finds "T-MEC".</param>
internal sealed record NameEntry(int Entity, int Order, string Text, string Folded, string Compact, string[] Tokens);

/// <summary>
/// Every name and alias, folded (<see cref="SearchText.Fold"/>), with two sorted keys for prefix lookup by
/// binary search: the distinct words, and the compact (space-free) forms.
/// </summary>
internal sealed class NameIndex
{
    public NameEntry[] Entries { get; }
    readonly int[] entityStarts;
    readonly string[] words;
    readonly int[][] wordPostings;
    readonly string[] compacts;
    readonly int[] compactEntries;

    public NameIndex(Entity[] entities)
    {
        var entries = new List<NameEntry>();
        entityStarts = new int[entities.Length + 1];
        for (var i = 0; i < entities.Length; i++)
        {
            entityStarts[i] = entries.Count;
            var names = entities[i].Aliases.Prepend(entities[i].Name).ToArray();
            for (var n = 0; n < names.Length; n++)
            {
                var folded = SearchText.Fold(names[n]);
                var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                entries.Add(new NameEntry(i, n, names[n], folded, string.Concat(tokens), tokens));
            }
        }
        entityStarts[entities.Length] = entries.Count;
        Entries = entries.ToArray();

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < Entries.Length; e++)
        {
            foreach (var token in Entries[e].Tokens.Distinct())
            {
                if (!postings.TryGetValue(token, out var list)) postings[token] = list = [];
                list.Add(e);
            }
        }
        words = postings.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        wordPostings = words.Select(w => postings[w].ToArray()).ToArray();

        var searchable = Enumerable.Range(0, Entries.Length).Where(e => Entries[e].Compact.Length > 0).ToArray();
        compacts = searchable.Select(e => Entries[e].Compact).ToArray();
        compactEntries = searchable;
        Array.Sort(compacts, compactEntries, StringComparer.Ordinal);
    }

    /// <summary>The names of one entity: the primary name first, then its aliases.</summary>
    public ReadOnlySpan<NameEntry> Of(int entity) => Entries.AsSpan(entityStarts[entity], entityStarts[entity + 1] - entityStarts[entity]);

    /// <summary>Entries holding a word that starts with <paramref name="prefix"/> (an entry may come more than once).</summary>
    public IEnumerable<int> WithWordPrefix(string prefix)
    {
        for (var w = LowerBound(words, prefix); w < words.Length && words[w].StartsWith(prefix, StringComparison.Ordinal); w++)
        {
            foreach (var e in wordPostings[w]) yield return e;
        }
    }

    /// <summary>Entries whose compact form starts with <paramref name="prefix"/>.</summary>
    public IEnumerable<int> WithCompactPrefix(string prefix)
    {
        for (var c = LowerBound(compacts, prefix); c < compacts.Length && compacts[c].StartsWith(prefix, StringComparison.Ordinal); c++)
            yield return compactEntries[c];
    }

    static int LowerBound(string[] sorted, string value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(sorted[mid], value) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
