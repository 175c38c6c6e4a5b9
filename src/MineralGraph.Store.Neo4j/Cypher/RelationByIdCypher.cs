namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// One relation by id, with the sources its evidence cites. Relation ids are unique across types but an index
/// covers one type only, so this scans relationships: cheap at this graph's size (thousands).
/// </summary>
internal static class RelationByIdCypher
{
    public static readonly string Text = $"""
        MATCH (:Entity)-[r]->(:Entity)
        WHERE r.id = $id
        WITH r LIMIT 1
        RETURN {Projections.Relation("r")} AS relation, {Projections.SourcesOf("[r]")} AS sources
        """;

    public static CypherStatement Statement(string id) => new(Text, new Dictionary<string, object?> { ["id"] = id });
}
