using System.Text.Json;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>
/// Everything the database holds (labels, properties, relationships, merged ids) as one comparable text — but the graph
/// version on <c>(:ChangeCounter)</c>, which every load moves on purpose.
/// </summary>
internal static class GraphSnapshot
{
    const string Statement = """
        CALL () {
          MATCH (n) WHERE NOT n:ChangeCounter
          WITH n ORDER BY n.id
          RETURN collect([labels(n), properties(n)]) AS nodes
        }
        CALL () {
          MATCH (a)-[r]->(b)
          WITH a, r, b ORDER BY type(r), a.id, b.id, r.id
          RETURN collect([type(r), a.id, b.id, properties(r)]) AS relationships
        }
        RETURN nodes, relationships
        """;

    public static async Task<string> TakeAsync(Neo4jQueryApiClient client)
    {
        var row = (await client.ReadAsync(new CypherStatement(Statement))).Single();
        return JsonSerializer.Serialize(new { nodes = Sorted(row["nodes"]), relationships = Sorted(row["relationships"]) }, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Property maps come back in any order: sort keys so equal graphs give equal text.</summary>
    static object? Sorted(object? value) => value switch
    {
        Dictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(p => p.Key, p => Sorted(p.Value)), StringComparer.Ordinal),
        List<object?> list => list.Select(Sorted).ToList(),
        DateOnly day => day.ToString("yyyy-MM-dd"),
        _ => value,
    };
}
