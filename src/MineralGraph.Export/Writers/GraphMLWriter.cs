using System.Xml;

namespace MineralGraph.Export.Writers;

/// <summary>
/// GraphML (yEd, NetworkX, igraph, Gephi). GraphML ids must be XML name tokens, which cannot hold '/', so a
/// graph id <c>government/canada</c> is written <c>government:canada</c> (ids are lower-case words joined by '-',
/// so the mapping is one to one) and the graph's own id is kept in the <c>graphId</c> data.
/// Graph ids with any other character are written unchanged and would make the file strictly invalid.
/// </summary>
public sealed class GraphMLWriter : IGraphWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public ExportFormat Format => ExportFormat.GraphML;

    /// <summary>The GraphML id of a graph id.</summary>
    public static string XmlId(string graphId) => graphId.Replace('/', ':');

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var counter = new ProgressCounter(progress);
        await using var xml = XmlOutput.Create(output);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, XsiNamespace);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", XsiNamespace, $"{Namespace} {Namespace}/1.0/graphml.xsd");

        await WriteKeyAsync(xml, "node", "graphId", FieldType.Text);
        await WriteKeyAsync(xml, "node", "label", FieldType.Text);
        foreach (var field in GraphFields.Node) await WriteKeyAsync(xml, "node", field.Name, field.Type);
        await WriteKeyAsync(xml, "edge", "graphId", FieldType.Text);
        await WriteKeyAsync(xml, "edge", "label", FieldType.Text);
        foreach (var field in GraphFields.Edge) await WriteKeyAsync(xml, "edge", field.Name, field.Type);

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "mineralgraph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        await xml.WriteElementStringAsync(null, "desc", Namespace, XmlOutput.Clean(
            $"MineralGraph, {graph.Description}{(graph.Truncated ? " (truncated: limits cut some ties off)" : "")}"));

        var written = 0;
        await foreach (var node in graph.Nodes.WithCancellation(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await XmlOutput.AttributeAsync(xml, "id", XmlId(node.Id));
            await WriteDataAsync(xml, "node", "graphId", node.Id);
            await WriteDataAsync(xml, "node", "label", node.Name);
            foreach (var field in GraphFields.Node) await WriteDataAsync(xml, "node", field.Name, GraphFields.AsText(field.Value(node)));
            await xml.WriteEndElementAsync();
            counter.Node();
            await XmlOutput.FlushSometimesAsync(xml, ++written);
        }
        await foreach (var edge in graph.Edges.WithCancellation(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await XmlOutput.AttributeAsync(xml, "id", XmlId(edge.Id));
            await XmlOutput.AttributeAsync(xml, "source", XmlId(edge.From));
            await XmlOutput.AttributeAsync(xml, "target", XmlId(edge.To));
            await WriteDataAsync(xml, "edge", "graphId", edge.Id);
            await WriteDataAsync(xml, "edge", "label", GraphFields.EdgeLabel(edge));
            foreach (var field in GraphFields.Edge) await WriteDataAsync(xml, "edge", field.Name, GraphFields.AsText(field.Value(edge)));
            await xml.WriteEndElementAsync();
            counter.Edge();
            await XmlOutput.FlushSometimesAsync(xml, ++written);
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        counter.Report();
    }

    /// <summary>Key ids are <c>n.kind</c> / <c>e.kind</c>: nodes and edges both have a <c>kind</c> with different meanings.</summary>
    public static string KeyId(string forClass, string name) => $"{forClass[0]}.{name}";

    static async Task WriteKeyAsync(XmlWriter xml, string forClass, string name, FieldType type)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, KeyId(forClass, name));
        await xml.WriteAttributeStringAsync(null, "for", null, forClass);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, XmlTypes.Of(type));
        await xml.WriteEndElementAsync();
    }

    static async Task WriteDataAsync(XmlWriter xml, string forClass, string name, string? value)
    {
        if (value is null) return;
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, KeyId(forClass, name));
        await xml.WriteStringAsync(XmlOutput.Clean(value));
        await xml.WriteEndElementAsync();
    }
}
