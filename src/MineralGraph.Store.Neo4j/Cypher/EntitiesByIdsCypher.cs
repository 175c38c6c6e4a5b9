namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>The entities these ids name (merged ids followed), one row per known id; the store puts them in the order asked.</summary>
internal static class EntitiesByIdsCypher
{
    public static readonly string Text = $$"""
        UNWIND $ids AS id
        {{Projections.Resolve("id", "n")}}
        WITH id, n WHERE n IS NOT NULL
        RETURN id, {{Projections.Entity("n")}} AS entity
        """;

    public static CypherStatement Statement(IReadOnlyList<string> ids) =>
        new(Text, new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() });
}
