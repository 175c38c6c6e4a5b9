namespace MineralGraph.Store.Neo4j.Coalescing;

/// <summary>
/// Splits Cypher text into tokens, enough to tell parameters, keywords and brackets from string literals, comments
/// and quoted names. Null for text it cannot read with certainty (an unterminated literal or comment, a quoted or
/// dynamic parameter): such a statement is never rewritten.
/// </summary>
public static class CypherScanner
{
    public static List<CypherToken>? Scan(string text)
    {
        var tokens = new List<CypherToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '/' && At(text, i + 1, '/'))
            {
                while (i < text.Length && text[i] != '\n') i++;
                continue;
            }
            if (c == '/' && At(text, i + 1, '*'))
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) return null;
                i = end + 2;
                continue;
            }
            var start = i;
            if (c is '\'' or '"')
            {
                if (!SkipQuoted(text, ref i, c, escapes: true)) return null;
                tokens.Add(new(CypherTokenKind.String, text[start..i], start, i - start));
            }
            else if (c == '`')
            {
                if (!SkipQuoted(text, ref i, '`', escapes: false)) return null;
                tokens.Add(new(CypherTokenKind.Word, text[(start + 1)..(i - 1)].Replace("``", "`"), start, i - start, Quoted: true));
            }
            else if (c == '$')
            {
                i++;
                if (i >= text.Length || !IsNameStart(text[i])) return null; // $`name`, $(expression), $0: not rewritten
                while (i < text.Length && IsNamePart(text[i])) i++;
                tokens.Add(new(CypherTokenKind.Parameter, text[(start + 1)..i], start, i - start));
            }
            else if (IsNameStart(c))
            {
                while (i < text.Length && IsNamePart(text[i])) i++;
                tokens.Add(new(CypherTokenKind.Word, text[start..i], start, i - start));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))) i++;
                tokens.Add(new(CypherTokenKind.Number, text[start..i], start, i - start));
            }
            else if (c == '.' && At(text, i + 1, '.'))
            {
                i += 2;
                tokens.Add(new(CypherTokenKind.Symbol, "..", start, 2));
            }
            else
            {
                i++;
                tokens.Add(new(CypherTokenKind.Symbol, c.ToString(), start, 1));
            }
        }
        return tokens;
    }

    static bool At(string text, int i, char c) => i < text.Length && text[i] == c;

    static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Moves past a literal or quoted name opened at <paramref name="i"/>; false when it never closes.</summary>
    static bool SkipQuoted(string text, ref int i, char quote, bool escapes)
    {
        i++;
        while (i < text.Length)
        {
            if (escapes && text[i] == '\\') { i += 2; continue; }
            if (text[i] == quote)
            {
                if (!escapes && At(text, i + 1, quote)) { i += 2; continue; }
                i++;
                return true;
            }
            i++;
        }
        return false;
    }
}
