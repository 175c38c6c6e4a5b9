namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>Neo4j rejected the request itself (bad Cypher, bad parameter, constraint violated): retrying will not help.</summary>
public sealed class Neo4jClientException(string code, string message) : Neo4jException(code, message);
