namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Records an applied change as a <c>(:Change)</c> node: its number, time, curator, operation, the ids whose history
/// shows it, the entity or relation before and after (JSON), the idempotency key and the request as sent (JSON,
/// to tell a retry from a different request under the same key).
/// </summary>
internal static class CurationChangeCypher
{
    public const string Text = """
        CREATE (:Change {seq: $seq, at: $at, actor: $actor, operation: $operation, targets: $targets,
                         before: $before, after: $after, idempotencyKey: $idempotencyKey, command: $command})
        """;

    /// <summary>The fields of change node <paramref name="node"/> as a map (read by <see cref="Curation.ChangeProperties"/>).</summary>
    public static string Projection(string node) =>
        $"{node} {{.seq, .at, .actor, .operation, .targets, .before, .after, .idempotencyKey, .command}}";

    public static CypherStatement Statement(IReadOnlyDictionary<string, object?> change) => new(Text, change);
}
