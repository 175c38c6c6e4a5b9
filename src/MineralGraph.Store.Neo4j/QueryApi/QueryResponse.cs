using System.Text.Json.Serialization;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>A Query API response body: data or errors, plus counters, bookmarks and (inside a transaction) its id.</summary>
public sealed record QueryResponse
{
    [JsonPropertyName("data")] public QueryData? Data { get; init; }
    [JsonPropertyName("counters")] public QueryCounters? Counters { get; init; }
    [JsonPropertyName("bookmarks")] public IReadOnlyList<string>? Bookmarks { get; init; }
    [JsonPropertyName("errors")] public IReadOnlyList<QueryError>? Errors { get; init; }
    [JsonPropertyName("transaction")] public TransactionInfo? Transaction { get; init; }
    /// <summary>The length of the body as received, in characters: what a cached answer is sized by.</summary>
    [JsonIgnore] public int Size { get; init; }
}
