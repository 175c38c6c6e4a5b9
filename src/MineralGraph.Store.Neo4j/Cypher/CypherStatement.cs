namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// A Cypher statement: constant text and the values it needs, always passed as <c>$parameters</c>.
/// Statement texts are built only from constants and closed enums, never from input.
/// </summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text) : this(text, new Dictionary<string, object?>()) { }
}
