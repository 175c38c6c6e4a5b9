namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Relations by id, with the sources their evidence cites; the caller puts them in the asked order. Relation ids are
/// unique across types but an index covers one type only, so this scans relationships: cheap at the seed's size,
/// and the reason the by-id lookups are batched (one scan for all of a request's disputing claims).
/// </summary>
internal static class RelationsByIdsCypher
{
    static readonly string Head = """
        MATCH (:Entity)-[r]->(:Entity)
        WHERE r.id IN $ids
        WITH collect(r) AS found
        """;

    static readonly string Columns = $"[r IN found | {Projections.Relation("r")}] AS relations";

    public static RootCypher Root(IReadOnlyList<string> ids) =>
        new(Head, Columns, "[]", "found", new Dictionary<string, object?> { ["ids"] = ids.Distinct().ToList() });

    public static CypherStatement Statement(IReadOnlyList<string> ids) => Root(ids).Plain();
}
