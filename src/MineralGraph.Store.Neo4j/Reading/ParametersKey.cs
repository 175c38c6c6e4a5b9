using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Json;

namespace MineralGraph.Store.Neo4j.Reading;

/// <summary>
/// A statement's parameters as canonical JSON (map keys sorted): equal parameters give equal keys, whatever order
/// they were added in. Keys the read cache and tells the coalescer which reads can share one answer.
/// </summary>
internal static class ParametersKey
{
    public static string Of(IReadOnlyDictionary<string, object?> parameters)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer, parameters);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (var key in map.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, map[key]);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }
}
