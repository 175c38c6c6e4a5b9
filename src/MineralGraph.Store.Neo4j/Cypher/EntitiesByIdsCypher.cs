namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The entities these ids name (merged ids followed), in one row: the known ids and, in the same order, their
/// entities; the store puts them in the order asked.
/// </summary>
internal static class EntitiesByIdsCypher
{
    static readonly string Head = $$"""
        UNWIND $ids AS id
        {{Projections.Resolve("id", "n")}}
        WITH id, n WHERE n IS NOT NULL
        WITH collect(id) AS known, collect(n) AS nodes
        """;

    static readonly string Columns = $"known AS ids, [n IN nodes | {Projections.Entity("n")}] AS entities";

    public static RootCypher Root(IReadOnlyList<string> ids) =>
        new(Head, Columns, "nodes", null, new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() });

    public static CypherStatement Statement(IReadOnlyList<string> ids) => Root(ids).Plain();
}
