namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>Neo4j refused the credentials or the user may not do this (HTTP 401/403, <c>Neo.ClientError.Security.*</c>).</summary>
public sealed class Neo4jAuthenticationException(string code, string message) : Neo4jException(code, message);
