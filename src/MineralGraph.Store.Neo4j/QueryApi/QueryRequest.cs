using System.Text.Json.Serialization;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// The body of <c>POST /db/{db}/query/v2</c> (and of the transaction endpoints): one statement and its parameters.
/// Opening a transaction may give <see cref="MaxExecutionTime"/> alone: Neo4j then terminates the transaction, and
/// releases its locks, when it has lived that many seconds.
/// </summary>
public sealed record QueryRequest(
    [property: JsonPropertyName("statement"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Statement,
    [property: JsonPropertyName("parameters"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, object?>? Parameters,
    [property: JsonPropertyName("accessMode"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AccessMode,
    [property: JsonPropertyName("includeCounters")] bool IncludeCounters)
{
    [JsonPropertyName("maxExecutionTime"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxExecutionTime { get; init; }
}
