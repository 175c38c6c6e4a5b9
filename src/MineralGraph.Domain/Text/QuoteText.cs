using System.Text;

namespace MineralGraph.Domain.Text;

/// <summary>
/// How a quote is matched against its document: whitespace runs, letter case, curly quote marks and dash
/// variants do not count, so a curator may type straight quotes and hyphens.
/// </summary>
public static class QuoteText
{
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '‘' or '’' or '‚' or '′' or '`' => '\'',
                '“' or '”' or '„' or '″' => '"',
                '–' or '—' or '‑' or '‒' or '−' => '-',
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="quote"/> appears in <paramref name="normalisedDocument"/> (already <see cref="Normalise"/>d).</summary>
    public static bool IsFoundIn(string quote, string normalisedDocument)
    {
        var q = Normalise(quote);
        return q.Length > 0 && normalisedDocument.Contains(q, StringComparison.Ordinal);
    }
}
