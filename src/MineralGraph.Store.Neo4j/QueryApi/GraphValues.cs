namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>A node as the Query API returns it.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API returns it.</summary>
public sealed record Neo4jRelationship(
    string ElementId, string StartElementId, string EndElementId, string Type, IReadOnlyDictionary<string, object?> Properties);
