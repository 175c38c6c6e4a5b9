namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Relations by id, with the sources their evidence cites; the caller puts them in the asked order. Relation ids are
/// unique across types and a range index covers one type only, so each id is sought through the <c>relation_keys</c>
/// full-text index (<see cref="KeyIndexCypher.RelationById"/>), never by a scan of the relationships.
/// </summary>
internal static class RelationsByIdsCypher
{
    static readonly string Head = $"""
        UNWIND $ids AS id
        {KeyIndexCypher.RelationById("id", "r")}
        WITH collect(r) AS found
        """;

    static readonly string Columns = $"[r IN found | {Projections.Relation("r")}] AS relations";

    public static RootCypher Root(IReadOnlyList<string> ids) =>
        new(Head, Columns, "[]", "found", new Dictionary<string, object?> { ["ids"] = ids.Distinct().ToList() });

    public static CypherStatement Statement(IReadOnlyList<string> ids) => Root(ids).Plain();
}
