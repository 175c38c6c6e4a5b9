using System.Globalization;
using System.Text.Json;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// Decodes the Query API's typed JSON (<c>{"$type":"Integer","_value":"1"}</c>) into CLR values: Null → null,
/// Boolean → bool, Integer → long, Float → double, String → string, Date → DateOnly, List → list, Map →
/// dictionary, Node/Relationship → <see cref="Neo4jNode"/>/<see cref="Neo4jRelationship"/>, Path → list of those.
/// Other temporal, spatial and binary types come back as their text form: the store never stores them.
/// </summary>
public static class TypedValue
{
    public static object? Decode(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
            throw new FormatException($"not a typed JSON value: {Shorten(element.GetRawText())}");
        var value = element.GetProperty("_value");
        return typeElement.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "Float" => double.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "String" => value.GetString(),
            "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "List" => value.EnumerateArray().Select(Decode).ToList(),
            "Map" => DecodeMap(value),
            "Node" => new Neo4jNode(
                value.GetProperty("_element_id").GetString()!,
                value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
                DecodeMap(value.GetProperty("_properties"))),
            "Relationship" => new Neo4jRelationship(
                value.GetProperty("_element_id").GetString()!,
                value.GetProperty("_start_node_element_id").GetString()!,
                value.GetProperty("_end_node_element_id").GetString()!,
                value.GetProperty("_type").GetString()!,
                DecodeMap(value.GetProperty("_properties"))),
            "Path" => value.EnumerateArray().Select(Decode).ToList(),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    static Dictionary<string, object?> DecodeMap(JsonElement map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject()) result[property.Name] = Decode(property.Value);
        return result;
    }

    static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
