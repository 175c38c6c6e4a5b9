using System.Text.Json;
using System.Text.Json.Serialization;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>The <c>data</c> member of a response: column names and rows of typed-JSON values, still undecoded.</summary>
public sealed record QueryData(
    [property: JsonPropertyName("fields")] IReadOnlyList<string> Fields,
    [property: JsonPropertyName("values")] IReadOnlyList<IReadOnlyList<JsonElement>> Values);
