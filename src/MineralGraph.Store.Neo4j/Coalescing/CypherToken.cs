namespace MineralGraph.Store.Neo4j.Coalescing;

public enum CypherTokenKind
{
    /// <summary>A name or keyword (<c>MATCH</c>, <c>n</c>, <c>collect</c>); <see cref="CypherToken.Quoted"/> for <c>`…`</c>.</summary>
    Word,
    /// <summary><c>$name</c>; <see cref="CypherToken.Text"/> is the name.</summary>
    Parameter,
    /// <summary>A string literal, quotes included.</summary>
    String,
    Number,
    /// <summary>One character of punctuation or operator, or <c>..</c>.</summary>
    Symbol,
}

/// <summary>One significant token of a statement (whitespace and comments are skipped) and where it starts.</summary>
public readonly record struct CypherToken(CypherTokenKind Kind, string Text, int Start, int Length, bool Quoted = false)
{
    public bool Is(string word) => Kind == CypherTokenKind.Word && !Quoted && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == CypherTokenKind.Symbol && Text == symbol;
}
