using System.Text.Json.Serialization;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>The body of <c>POST /db/{db}/query/v2</c> (and of the transaction endpoints): one statement and its parameters.</summary>
public sealed record QueryRequest(
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("parameters")] IReadOnlyDictionary<string, object?> Parameters,
    [property: JsonPropertyName("accessMode")] string AccessMode,
    [property: JsonPropertyName("includeCounters")] bool IncludeCounters);
