using System.Xml;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Export.Writers;

/// <summary>
/// GEXF 1.3 for Gephi. The graph is dynamic (<c>mode="dynamic" timeformat="date"</c>): every tie with dates carries
/// a <c>&lt;spells&gt;</c> interval from the first day its <c>since</c> may mean to the last day its <c>until</c> may
/// mean, so Gephi's timeline shows ties appear and end. Ties without dates have no spell (always present).
/// Edge <c>kind</c> is the relation kind (GEXF's parallel-edge type); nodes are coloured by entity kind.
/// </summary>
public sealed class GexfWriter : IGraphWriter
{
    public const string Namespace = "http://gexf.net/1.3";
    public const string VizNamespace = "http://gexf.net/1.3/viz";
    const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public ExportFormat Format => ExportFormat.Gexf;

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var counter = new ProgressCounter(progress);
        await using var xml = XmlOutput.Create(output);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "gexf", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "viz", null, VizNamespace);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, XsiNamespace);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", XsiNamespace, $"{Namespace} {Namespace}/gexf.xsd");
        await xml.WriteAttributeStringAsync(null, "version", null, "1.3");

        await xml.WriteStartElementAsync(null, "meta", Namespace);
        await xml.WriteAttributeStringAsync(null, "lastmodifieddate", null, DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await xml.WriteElementStringAsync(null, "creator", Namespace, "MineralGraph");
        await xml.WriteElementStringAsync(null, "description", Namespace, XmlOutput.Clean(Describe(graph)));
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "mode", null, "dynamic");
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed");
        await xml.WriteAttributeStringAsync(null, "timeformat", null, "date");
        await xml.WriteAttributeStringAsync(null, "timerepresentation", null, "interval");
        await WriteDeclarationsAsync(xml, "node", GraphFields.Node);
        await WriteDeclarationsAsync(xml, "edge", GraphFields.Edge);

        await xml.WriteStartElementAsync(null, "nodes", Namespace);
        var written = 0;
        await foreach (var node in graph.Nodes.WithCancellation(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await XmlOutput.AttributeAsync(xml, "id", node.Id);
            await XmlOutput.AttributeAsync(xml, "label", node.Name);
            await WriteValuesAsync(xml, GraphFields.Node, node);
            var (r, g, b) = KindColours.Rgb(node.Kind);
            await xml.WriteStartElementAsync("viz", "color", VizNamespace);
            await xml.WriteAttributeStringAsync(null, "r", null, r.ToString());
            await xml.WriteAttributeStringAsync(null, "g", null, g.ToString());
            await xml.WriteAttributeStringAsync(null, "b", null, b.ToString());
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            counter.Node();
            await XmlOutput.FlushSometimesAsync(xml, ++written);
        }
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "edges", Namespace);
        await foreach (var edge in graph.Edges.WithCancellation(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await XmlOutput.AttributeAsync(xml, "id", edge.Id);
            await XmlOutput.AttributeAsync(xml, "source", edge.From);
            await XmlOutput.AttributeAsync(xml, "target", edge.To);
            await XmlOutput.AttributeAsync(xml, "label", GraphFields.EdgeLabel(edge));
            await XmlOutput.AttributeAsync(xml, "kind", edge.Kind.Name());
            await WriteValuesAsync(xml, GraphFields.Edge, edge);
            await WriteSpellAsync(xml, edge);
            await xml.WriteEndElementAsync();
            counter.Edge();
            await XmlOutput.FlushSometimesAsync(xml, ++written);
        }
        await xml.WriteEndElementAsync();

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        counter.Report();
    }

    static string Describe(ExportGraph graph) =>
        $"MineralGraph, {graph.Description}{(graph.Truncated ? " (truncated: limits cut some ties off)" : "")}. Every tie cites its sources in the 'evidence' attribute.";

    static async Task WriteDeclarationsAsync<T>(XmlWriter xml, string forClass, IReadOnlyList<Field<T>> fields)
    {
        await xml.WriteStartElementAsync(null, "attributes", Namespace);
        await xml.WriteAttributeStringAsync(null, "class", null, forClass);
        await xml.WriteAttributeStringAsync(null, "mode", null, "static");
        foreach (var field in fields)
        {
            await xml.WriteStartElementAsync(null, "attribute", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, field.Name);
            await xml.WriteAttributeStringAsync(null, "title", null, field.Name);
            await xml.WriteAttributeStringAsync(null, "type", null, XmlTypes.Of(field.Type));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
    }

    static async Task WriteValuesAsync<T>(XmlWriter xml, IReadOnlyList<Field<T>> fields, T item)
    {
        var started = false;
        foreach (var field in fields)
        {
            if (GraphFields.AsText(field.Value(item)) is not { } text) continue;
            if (!started)
            {
                await xml.WriteStartElementAsync(null, "attvalues", Namespace);
                started = true;
            }
            await xml.WriteStartElementAsync(null, "attvalue", Namespace);
            await xml.WriteAttributeStringAsync(null, "for", null, field.Name);
            await XmlOutput.AttributeAsync(xml, "value", text);
            await xml.WriteEndElementAsync();
        }
        if (started) await xml.WriteEndElementAsync();
    }

    /// <summary>
    /// The days the tie may have held: from the earliest day of <c>since</c> to the latest of <c>until</c>; an open end,
    /// or a month whose year is not given, is left out. An expected start is written too (the tie may begin then) and
    /// is marked by the edge's <c>sinceExpected</c> attribute.
    /// </summary>
    static async Task WriteSpellAsync(XmlWriter xml, Relation edge)
    {
        var since = edge.Since is { IsPlaced: true } s ? s : (PartialDate?)null;
        var until = edge.Until is { IsPlaced: true } u ? u : (PartialDate?)null;
        if (since is null && until is null) return;
        await xml.WriteStartElementAsync(null, "spells", Namespace);
        await xml.WriteStartElementAsync(null, "spell", Namespace);
        if (since is { } start) await xml.WriteAttributeStringAsync(null, "start", null, start.Earliest.ToString("yyyy-MM-dd"));
        if (until is { } end) await xml.WriteAttributeStringAsync(null, "end", null, end.Latest.ToString("yyyy-MM-dd"));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }
}
