namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>How many curated changes the database holds (a label count: constant time).</summary>
internal static class CurationChangeCountCypher
{
    public const string Text = "MATCH (c:Change) RETURN count(c) AS changes";

    public static CypherStatement Statement() => new(Text);
}
