namespace MineralGraph.Domain.Text;

/// <summary>
/// How well one name or alias matches a search, the same in every store. Inputs are folded with
/// <see cref="SearchText"/>: the query's words and the query with spaces removed; the name's words, its folded
/// text and its text with spaces removed.
/// <para>A name matches when every query word is a prefix of one of its words (any order), or when the
/// space-free query is a prefix of the space-free name ("tmec" matches "T-MEC"). Score: 100 when the two are
/// equal without spaces; 80 when the query words start the name's first words in order, or the space-free query
/// starts the space-free name; else 60. An exact match on the primary name gets 10 more (so "Mexico" the country
/// outranks an entity that has "Mexico" as an alias); every score loses 0.01 × the folded name's length, so
/// shorter names win ties ("sheinb" → alias "Sheinbaum" before "Sheinbaum–Carney meeting, September 2025").</para>
/// </summary>
public static class NameScore
{
    public const double Exact = 100, FromStart = 80, Anywhere = 60, PrimaryBonus = 10, LengthPenalty = 0.01;

    /// <summary>The score, or null when the name does not match.</summary>
    public static double? Of(string[] nameWords, string nameFolded, string nameCompact, bool isPrimary, string[] queryWords, string queryCompact)
    {
        var compactPrefix = nameCompact.StartsWith(queryCompact, StringComparison.Ordinal);
        if (!compactPrefix && !queryWords.All(w => nameWords.Any(t => t.StartsWith(w, StringComparison.Ordinal)))) return null;
        double basis;
        if (nameCompact == queryCompact) basis = Exact + (isPrimary ? PrimaryBonus : 0);
        else if (compactPrefix || LeadingWordsMatch(nameWords, queryWords)) basis = FromStart;
        else basis = Anywhere;
        return basis - LengthPenalty * nameFolded.Length;
    }

    static bool LeadingWordsMatch(string[] nameWords, string[] queryWords)
    {
        if (queryWords.Length > nameWords.Length) return false;
        for (var i = 0; i < queryWords.Length; i++)
        {
            if (!nameWords[i].StartsWith(queryWords[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
