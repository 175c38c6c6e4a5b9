using System.Text.Json.Serialization;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>One entry of a response's <c>errors</c>: a Neo4j status code (<c>Neo.ClientError.Statement.SyntaxError</c>) and its message.</summary>
public sealed record QueryError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
