using System.Text.Json.Serialization;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>What a write changed, returned when the request sets <c>includeCounters</c>.</summary>
public sealed record QueryCounters
{
    [JsonPropertyName("containsUpdates")] public bool ContainsUpdates { get; init; }
    [JsonPropertyName("nodesCreated")] public int NodesCreated { get; init; }
    [JsonPropertyName("nodesDeleted")] public int NodesDeleted { get; init; }
    [JsonPropertyName("propertiesSet")] public int PropertiesSet { get; init; }
    [JsonPropertyName("relationshipsCreated")] public int RelationshipsCreated { get; init; }
    [JsonPropertyName("relationshipsDeleted")] public int RelationshipsDeleted { get; init; }
    [JsonPropertyName("labelsAdded")] public int LabelsAdded { get; init; }
    [JsonPropertyName("labelsRemoved")] public int LabelsRemoved { get; init; }
    [JsonPropertyName("indexesAdded")] public int IndexesAdded { get; init; }
    [JsonPropertyName("constraintsAdded")] public int ConstraintsAdded { get; init; }
}
