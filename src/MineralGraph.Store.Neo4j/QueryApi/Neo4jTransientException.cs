namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>A failure that may pass if the same request is tried again (<c>Neo.TransientError.*</c>, deadlocks, leader changes).</summary>
public sealed class Neo4jTransientException(string code, string message) : Neo4jException(code, message);
