using System.Globalization;
using System.Text;

namespace MineralGraph.Domain.Text;

/// <summary>
/// How names are compared for search: case, accents and punctuation do not matter, so "Secretaría de
/// Economía", "secretaria de economia" and "SECRETARIA-DE-ECONOMIA" are the same words.
/// </summary>
public static class SearchText
{
    /// <summary>
    /// The longest text a search takes, in characters: twice the longest name in the graph, and far below what Neo4j's
    /// full-text index refuses (a prefix query of some thousand characters is "too large" for it).
    /// </summary>
    public const int MaxLength = 200;

    /// <summary>Why <paramref name="text"/> cannot be searched for (too long, or no letter or digit in it), or null when it can.</summary>
    public static string? Problem(string text)
    {
        if (text.Length > MaxLength) return $"the search text is {text.Length:N0} characters long; at most {MaxLength} are allowed";
        return Fold(text).Length == 0 ? "the search text has no letters or digits; give at least one to search for" : null;
    }

    /// <summary>Lower-case, accents removed, every run of non-letters and non-digits made one space.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' or '.')
            {
                // "U.S." and "Canada's" read as "us" and "canadas": no word break inside them.
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static string[] Tokens(string text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
