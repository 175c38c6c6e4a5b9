namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The graph's version lives on the one <c>(:ChangeCounter {name: 'changes'})</c> node: <c>seq</c>, the number of the
/// last curated change (bumped by every change, in its transaction), and <c>version</c>, moved by every seed load and
/// by anyone who writes to the graph some other way. Either moving means the graph may have changed.
/// </summary>
internal static class GraphVersionCypher
{
    /// <summary>Both numbers; nulls when the node does not exist (an empty or wiped database).</summary>
    public const string Read = """
        OPTIONAL MATCH (c:ChangeCounter {name: 'changes'})
        RETURN c.seq AS changes, c.version AS version
        """;

    /// <summary>
    /// Moves <c>version</c> to a value it never had: the clock in milliseconds, or one more when that is not larger
    /// (so a database wiped and loaded again never repeats the value a server last saw).
    /// </summary>
    public const string Bump = """
        MERGE (c:ChangeCounter {name: 'changes'})
        SET c.version = CASE WHEN coalesce(c.version, 0) >= timestamp() THEN c.version + 1 ELSE timestamp() END
        RETURN c.version AS version
        """;

    public static CypherStatement ReadStatement() => new(Read);

    public static CypherStatement BumpStatement() => new(Bump);
}
