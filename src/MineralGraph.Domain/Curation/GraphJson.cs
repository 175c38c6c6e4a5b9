using System.Text.Json;
using System.Text.Json.Serialization;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Curation;

/// <summary>How entities, relations and curation commands are written as JSON (history snapshots, the change journal).</summary>
public static class GraphJson
{
    public static readonly JsonSerializerOptions Options = Create();

    static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new PartialDateConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("empty JSON");

    /// <summary>An entity or relation without the source documents copied into its evidence.</summary>
    public static string Snapshot(Entity entity) => Write(entity);

    public static string Snapshot(Relation relation) =>
        Write(relation with { Evidence = relation.Evidence.Select(e => e with { Source = null }).ToList() });

    /// <summary>A date as its value (<c>"2025-09"</c>), or, when it carries words, an expectation or a role, as an object with them.</summary>
    sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String) return PartialDate.Parse(reader.GetString()!);
            if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a date must be a string or an object");
            using var document = JsonDocument.ParseValue(ref reader);
            var o = document.RootElement;
            var date = PartialDate.Parse(o.GetProperty("value").GetString() ?? throw new JsonException("a date needs a value"));
            return date with
            {
                Text = o.TryGetProperty("text", out var text) ? text.GetString() : null,
                Expected = o.TryGetProperty("expected", out var expected) && expected.GetBoolean(),
                Role = o.TryGetProperty("role", out var role) && DateRoles.TryParse(role.GetString() ?? "", out var r) ? r : null,
            };
        }

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
        {
            if (!value.IsAnnotated)
            {
                writer.WriteStringValue(value.ToString());
                return;
            }
            writer.WriteStartObject();
            writer.WriteString("value", value.ToString());
            if (value.Text is { } text) writer.WriteString("text", text);
            if (value.Expected) writer.WriteBoolean("expected", true);
            if (value.Role is { } role) writer.WriteString("role", role.Name());
            writer.WriteEndObject();
        }
    }
}
