namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>Neo4j answered with an error. <see cref="Code"/> is its status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
public abstract class Neo4jException(string code, string message)
    : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
    public string ServerMessage { get; } = message;
}
