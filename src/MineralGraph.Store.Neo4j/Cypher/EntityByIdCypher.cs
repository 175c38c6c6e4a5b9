namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>One entity by id (exact, or an id merged into it); no row when unknown.</summary>
internal static class EntityByIdCypher
{
    public static readonly string Text = $$"""
        {{Projections.Resolve("$id", "n")}}
        WITH n WHERE n IS NOT NULL
        RETURN {{Projections.Entity("n")}} AS entity
        """;

    public static CypherStatement Statement(string id) => new(Text, new Dictionary<string, object?> { ["id"] = id });
}
