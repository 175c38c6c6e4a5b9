namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The changes whose targets name the id, or the entity it was merged into, oldest first. Bounded: at most
/// <see cref="MaxChanges"/> (far more than any one entity or relation is curated).
/// </summary>
internal static class CurationHistoryCypher
{
    public const int MaxChanges = 10_000;

    public static readonly string Text = $$"""
        OPTIONAL MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(survivor:Entity)
        WITH coalesce(survivor.id, $id) AS resolved
        MATCH (c:Change)
        WHERE $id IN c.targets OR resolved IN c.targets
        WITH c ORDER BY c.seq LIMIT $limit
        RETURN {{CurationChangeCypher.Projection("c")}} AS change
        """;

    public static CypherStatement Statement(string id) =>
        new(Text, new Dictionary<string, object?> { ["id"] = id, ["limit"] = MaxChanges });
}
