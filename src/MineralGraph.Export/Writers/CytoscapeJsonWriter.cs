using System.Text.Json;

namespace MineralGraph.Export.Writers;

/// <summary>
/// Cytoscape.js JSON, as <c>cy.json()</c> writes it and Cytoscape desktop imports it:
/// <c>{ "data": {…}, "elements": { "nodes": [{ "data": {id, label, kind, …} }], "edges": [{ "data": {id, source, target, kind, label, since, until, …} }] } }</c>.
/// Load it with <c>cytoscape({ elements: json.elements })</c>.
/// </summary>
public sealed class CytoscapeJsonWriter : IGraphWriter
{
    public ExportFormat Format => ExportFormat.Cytoscape;

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var counter = new ProgressCounter(progress);
        await using var writer = JsonOutput.Create(output);
        writer.WriteStartObject();
        writer.WriteString("format_version", "1.0");
        writer.WriteString("generated_by", "MineralGraph");
        writer.WriteString("target_cytoscapejs_version", "~3.0");
        writer.WriteStartObject("data");
        writer.WriteString("name", "MineralGraph: " + graph.Description);
        writer.WriteBoolean("truncated", graph.Truncated);
        writer.WriteEndObject();

        writer.WriteStartObject("elements");
        writer.WriteStartArray("nodes");
        await foreach (var node in graph.Nodes.WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteString("id", node.Id);
            writer.WriteString("label", node.Name);
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
            writer.WriteStartObject("data");
            writer.WriteString("id", edge.Id);
            writer.WriteString("source", edge.From);
            writer.WriteString("target", edge.To);
            writer.WriteString("label", GraphFields.EdgeLabel(edge));
            JsonOutput.WriteEdgeFields(writer, edge);
            writer.WriteEndObject();
            writer.WriteEndObject();
            counter.Edge();
            await JsonOutput.FlushIfFullAsync(writer, cancellationToken);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        counter.Report();
    }
}
