namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>One entity by id (exact, or an id merged into it); no row when unknown.</summary>
internal static class EntityByIdCypher
{
    static readonly string Head = $$"""
        {{Projections.Resolve("$id", "n")}}
        WITH n WHERE n IS NOT NULL
        """;

    public static RootCypher Root(string id) =>
        new(Head, $"{Projections.Entity("n")} AS entity", "[n]", null, new Dictionary<string, object?> { ["id"] = id });

    public static CypherStatement Statement(string id) => Root(id).Plain();
}
