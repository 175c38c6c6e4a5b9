namespace MineralGraph.Domain.Text;

/// <summary>
/// How well one name or alias matches a search, the same in every store. Inputs are folded with
/// <see cref="SearchText"/>: the query's words and the query with spaces removed; the name's words, its folded
/// text and its text with spaces removed.
/// <para>A name matches when every query word is a prefix of one of its words (any order), or when the
/// space-free query is a prefix of the space-free name ("tmec" matches "T-MEC"). The score ranks, in this order: the
/// name that is the query (100: equal without spaces, "t-mec" and "T-MEC"); then the name that holds the query's words
/// whole and in order (85: "Joint Action Plan" in "Canada–U.S. Joint Action Plan on Critical Minerals Collaboration");
/// then the name that holds every query word whole in another order (70: a report titled "Mexico and Canada Plan
/// Joint Action…"); then a name matched through word beginnings only (55: "sheinb"); within each, the primary name
/// over an alias (10 more); then the shorter name (0.01 less per character of the folded name, names being at most
/// 300 characters). The steps are 15 apart, more than the primary bonus and the longest name's penalty together, so
/// a better match always wins. So "Mexico" the country outranks an entity with "Mexico" as an alias, and "Joint Action
/// Plan" finds the plan whose own name holds those words before one whose alias does.</para>
/// </summary>
public static class NameScore
{
    public const double Exact = 100, Phrase = 85, Whole = 70, Prefix = 55, PrimaryBonus = 10, LengthPenalty = 0.01;

    /// <summary>The score, or null when the name does not match.</summary>
    public static double? Of(string[] nameWords, string nameFolded, string nameCompact, bool isPrimary, string[] queryWords, string queryCompact)
    {
        var compactPrefix = nameCompact.StartsWith(queryCompact, StringComparison.Ordinal);
        if (!compactPrefix && !queryWords.All(w => nameWords.Any(t => t.StartsWith(w, StringComparison.Ordinal)))) return null;
        double basis;
        if (nameCompact == queryCompact) basis = Exact;
        else if (HoldsInOrder(nameWords, queryWords)) basis = Phrase;
        else if (queryWords.All(w => nameWords.Contains(w, StringComparer.Ordinal))) basis = Whole;
        else basis = Prefix;
        return basis + (isPrimary ? PrimaryBonus : 0) - LengthPenalty * nameFolded.Length;
    }

    static bool HoldsInOrder(string[] nameWords, string[] queryWords)
    {
        for (var start = 0; start + queryWords.Length <= nameWords.Length; start++)
        {
            var i = 0;
            while (i < queryWords.Length && nameWords[start + i] == queryWords[i]) i++;
            if (i == queryWords.Length) return true;
        }
        return false;
    }
}
