namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The changes touching an id (<see cref="Domain.Curation.ChangeScope"/>: the id, the entity it was merged into,
/// the ids merged there; found through the <c>change_targets</c> index, not a scan of the log), oldest first, each with the names its summary mentions. Bounded: at most
/// <see cref="MaxChanges"/> (far more than any one entity or relation is curated).
/// </summary>
internal static class CurationHistoryCypher
{
    public const int MaxChanges = 10_000;

    public static readonly string Text = $$"""
        WITH $id AS id
        {{ChangeScopeCypher.Own("id")}}
        UNWIND own AS target
        {{KeyIndexCypher.ChangesTargeting("target", "c")}}
        WITH DISTINCT c ORDER BY c.seq LIMIT $limit
        {{ChangeScopeCypher.Names("c")}}
        RETURN {{CurationChangeCypher.Projection("c")}} AS change, named
        """;

    public static CypherStatement Statement(string id) =>
        new(Text, new Dictionary<string, object?> { ["id"] = id, ["limit"] = MaxChanges });
}
