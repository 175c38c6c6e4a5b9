namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The changes touching an id (<see cref="Domain.Curation.ChangeScope"/>: the id, the entity it was merged into,
/// the ids merged there), oldest first, each with the names its summary mentions. Bounded: at most
/// <see cref="MaxChanges"/> (far more than any one entity or relation is curated).
/// </summary>
internal static class CurationHistoryCypher
{
    public const int MaxChanges = 10_000;

    public static readonly string Text = $$"""
        WITH $id AS id
        {{ChangeScopeCypher.Own("id")}}
        MATCH (c:Change)
        WHERE any(t IN c.targets WHERE t IN own)
        WITH c ORDER BY c.seq LIMIT $limit
        {{ChangeScopeCypher.Names("c")}}
        RETURN {{CurationChangeCypher.Projection("c")}} AS change, named
        """;

    public static CypherStatement Statement(string id) =>
        new(Text, new Dictionary<string, object?> { ["id"] = id, ["limit"] = MaxChanges });
}
