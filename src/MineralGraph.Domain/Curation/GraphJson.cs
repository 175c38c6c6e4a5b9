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

    sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.Parse(reader.GetString() ?? throw new JsonException("a date must be a string"));

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
