namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>Neo4j failed internally (<c>Neo.DatabaseError.*</c> or a 5xx without a status code).</summary>
public sealed class Neo4jDatabaseException(string code, string message) : Neo4jException(code, message);
