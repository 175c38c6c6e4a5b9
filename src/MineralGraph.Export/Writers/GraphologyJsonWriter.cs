using System.Text.Json;
using MineralGraph.Domain.Model;

namespace MineralGraph.Export.Writers;

/// <summary>
/// graphology's serialized graph (<c>graph.export()</c> / <c>Graph.from(json)</c>, read by sigma.js and Gephi Lite):
/// <c>{ "attributes": {…}, "options": { "type": "directed", "multi": true, "allowSelfLoops": true },
/// "nodes": [{ "key", "attributes" }], "edges": [{ "key", "source", "target", "attributes" }] }</c>.
/// Nodes carry a colour by kind and a starting position (a sunflower spiral) so sigma.js can draw the file as is.
/// </summary>
public sealed class GraphologyJsonWriter : IGraphWriter
{
    public ExportFormat Format => ExportFormat.Graphology;

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var counter = new ProgressCounter(progress);
        await using var writer = JsonOutput.Create(output);
        writer.WriteStartObject();
        writer.WriteStartObject("attributes");
        writer.WriteString("name", "MineralGraph: " + graph.Description);
        writer.WriteBoolean("truncated", graph.Truncated);
        writer.WriteEndObject();
        writer.WriteStartObject("options");
        writer.WriteString("type", "directed");
        writer.WriteBoolean("multi", true);
        writer.WriteBoolean("allowSelfLoops", true);
        writer.WriteEndObject();

        writer.WriteStartArray("nodes");
        var index = 0;
        await foreach (var node in graph.Nodes.WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteString("key", node.Id);
            writer.WriteStartObject("attributes");
            writer.WriteString("label", node.Name);
            var (x, y) = Spiral(index++);
            writer.WriteNumber("x", x);
            writer.WriteNumber("y", y);
            writer.WriteNumber("size", node.Kind == EntityKind.Source ? 3 : 6);
            writer.WriteString("color", KindColours.Hex(node.Kind));
            JsonOutput.WriteNodeFields(writer, node);
            writer.WriteEndObject();
            writer.WriteEndObject();
            counter.Node();
            await JsonOutput.FlushIfFullAsync(writer, cancellationToken);
        }
        writer.WriteEndArray();

        writer.WriteStartArray("edges");
        await foreach (var edge in graph.Edges.WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteString("key", edge.Id);
            writer.WriteString("source", edge.From);
            writer.WriteString("target", edge.To);
            writer.WriteStartObject("attributes");
            writer.WriteString("label", GraphFields.EdgeLabel(edge));
            if (edge.DisputedBy.Count > 0) writer.WriteString("color", "#c0392b");
            JsonOutput.WriteEdgeFields(writer, edge);
            writer.WriteEndObject();
            writer.WriteEndObject();
            counter.Edge();
            await JsonOutput.FlushIfFullAsync(writer, cancellationToken);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        counter.Report();
    }

    /// <summary>Evenly spread positions without knowing the node count: the golden-angle (sunflower) spiral.</summary>
    static (double X, double Y) Spiral(int index)
    {
        const double goldenAngle = 2.399963229728653;
        var radius = 10 * Math.Sqrt(index);
        var angle = index * goldenAngle;
        return (Math.Round(radius * Math.Cos(angle), 3), Math.Round(radius * Math.Sin(angle), 3));
    }
}
