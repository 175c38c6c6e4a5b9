namespace MineralGraph.Store.Neo4j.Versioning;

/// <summary>
/// The graph's version as read from Neo4j: the last curated change's number and the load version
/// (<see cref="Cypher.GraphVersionCypher"/>). Two stamps differ exactly when the graph may have changed between them.
/// </summary>
public readonly record struct GraphStamp(long? Changes, long? Version)
{
    public override string ToString() => $"change {Changes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, version {Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}";
}
