using System.Text.Json.Serialization;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>The <c>transaction</c> member of a response from an open explicit transaction.</summary>
public sealed record TransactionInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("expires")] string? Expires);
