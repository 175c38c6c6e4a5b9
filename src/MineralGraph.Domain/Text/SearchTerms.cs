namespace MineralGraph.Domain.Text;

/// <summary>
/// A search text folded for matching (<see cref="SearchText"/>): its words, the words joined without spaces
/// ("T-MEC" → "tmec"), and the longest word, which stores use to find candidate names (usually the rarest).
/// </summary>
public sealed record SearchTerms(string[] Words, string Compact)
{
    public string LongestWord => Words.MaxBy(w => w.Length)!;

    /// <summary>The terms of <paramref name="text"/>, or null when it holds no letter or digit.</summary>
    public static SearchTerms? Of(string text)
    {
        var words = SearchText.Tokens(text);
        return words.Length == 0 ? null : new SearchTerms(words, string.Concat(words));
    }
}
