using System.Text.Encodings.Web;
using System.Text.Json;
using MineralGraph.Domain.Model;

namespace MineralGraph.Export.Writers;

/// <summary>What the two JSON writers share: the writer settings, flushing as the buffer fills, and the attribute objects.</summary>
internal static class JsonOutput
{
    const int FlushThreshold = 32 * 1024;

    public static Utf8JsonWriter Create(Stream output) => new(output, new JsonWriterOptions
    {
        Indented = true,
        // Names like "Secretaría de Economía" stay readable; the files are data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Hands the buffered bytes to the stream once enough has piled up, asynchronously.</summary>
    public static async ValueTask FlushIfFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        if (writer.BytesPending >= FlushThreshold) await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Writes the node's attributes (nulls and empty lists left out) as properties of the open object.</summary>
    public static void WriteNodeFields(Utf8JsonWriter writer, Entity entity)
    {
        foreach (var field in GraphFields.Node) WriteField(writer, field.Name, field.Value(entity));
    }

    /// <summary>Writes the edge's attributes, with the evidence as objects rather than text.</summary>
    public static void WriteEdgeFields(Utf8JsonWriter writer, Relation relation)
    {
        foreach (var field in GraphFields.Edge)
        {
            if (field.Name == "evidence") WriteEvidence(writer, relation);
            else WriteField(writer, field.Name, field.Value(relation));
        }
    }

    static void WriteEvidence(Utf8JsonWriter writer, Relation relation)
    {
        writer.WriteStartArray("evidence");
        foreach (var e in relation.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("source", e.SourceId);
            WriteField(writer, "title", e.Source?.Name);
            WriteField(writer, "publisher", e.Source?.Publisher);
            WriteField(writer, "date", e.Source?.Date?.ToString());
            WriteField(writer, "url", e.Source?.Url);
            writer.WriteString("quote", e.Quote);
            WriteField(writer, "locator", e.Locator);
            WriteField(writer, "reportedBy", e.ReportedBy);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    public static void WriteField(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                writer.WriteString(name, s);
                return;
            case bool b:
                writer.WriteBoolean(name, b);
                return;
            case decimal n:
                writer.WriteNumber(name, n);
                return;
            case IEnumerable<string> list:
                if (!list.Any()) return;
                writer.WriteStartArray(name);
                foreach (var item in list) writer.WriteStringValue(item);
                writer.WriteEndArray();
                return;
            default:
                writer.WriteString(name, value.ToString());
                return;
        }
    }
}
