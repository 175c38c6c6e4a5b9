namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// First statement of every curated change: bumps the one change counter, which takes its write lock until the
/// transaction ends, so curators are served one at a time and each plans against the graph as the previous one
/// left it (a rolled-back change gives its number back). Also returns the change this curator already recorded
/// under the request's idempotency key, if any (keys are each curator's own).
/// </summary>
internal static class CurationLockCypher
{
    public static readonly string Text = $$"""
        MERGE (counter:ChangeCounter {name: 'changes'})
        SET counter.seq = coalesce(counter.seq, 0) + 1
        WITH counter
        OPTIONAL MATCH (earlier:Change {idempotencyKey: $idempotencyKey, actor: $actor})
        RETURN counter.seq AS seq, {{CurationChangeCypher.Projection("earlier")}} AS earlier
        """;

    public static CypherStatement Statement(string? idempotencyKey, string actor) =>
        new(Text, new Dictionary<string, object?> { ["idempotencyKey"] = idempotencyKey, ["actor"] = actor });
}
