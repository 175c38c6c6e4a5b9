using System.Text;

namespace MineralGraph.Domain.Text;

/// <summary>
/// How a quote is matched against its document: whitespace runs, letter case, curly quote marks and dash
/// variants do not count, so a curator may type straight quotes and hyphens.
/// </summary>
public static class QuoteText
{
    public static string Normalise(string text) => Normalise(text, null);

    /// <summary>True when <paramref name="quote"/> appears in <paramref name="normalisedDocument"/> (already <see cref="Normalise"/>d).</summary>
    public static bool IsFoundIn(string quote, string normalisedDocument)
    {
        var q = Normalise(quote);
        return q.Length > 0 && normalisedDocument.Contains(q, StringComparison.Ordinal);
    }

    /// <summary>
    /// Where <paramref name="quote"/> first stands in the raw <paramref name="text"/>, matched as <see cref="IsFoundIn"/>
    /// matches it: the offsets (UTF-16 code units, end exclusive) of the raw passage whose normalised form is the
    /// normalised quote; null when it is not there.
    /// </summary>
    public static (int Start, int End)? Locate(string text, string quote)
    {
        var q = Normalise(quote);
        if (q.Length == 0) return null;
        var positions = new List<int>(text.Length);
        var at = Normalise(text, positions).IndexOf(q, StringComparison.Ordinal);
        // A normalised quote neither starts nor ends with a space, so its first and last characters are raw characters.
        return at < 0 ? null : (positions[at], positions[at + q.Length - 1] + 1);
    }

    /// <summary>The normalised text; with <paramref name="positions"/>, also where in the raw text each normalised character came from.</summary>
    static string Normalise(string text, List<int>? positions)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] switch
            {
                '‘' or '’' or '‚' or '′' or '`' => '\'',
                '“' or '”' or '„' or '″' => '"',
                '–' or '—' or '‑' or '‒' or '−' => '-',
                var raw => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && pendingSpace < 0) pendingSpace = i;
                continue;
            }
            if (pendingSpace >= 0)
            {
                sb.Append(' ');
                positions?.Add(pendingSpace);
            }
            pendingSpace = -1;
            sb.Append(char.ToLowerInvariant(c));
            positions?.Add(i);
        }
        return sb.ToString();
    }
}
