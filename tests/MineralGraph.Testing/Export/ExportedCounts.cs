using System.Text.Json;
using System.Xml.Linq;
using MineralGraph.Export;
using MineralGraph.Export.Writers;

namespace MineralGraph.Testing.Export;

/// <summary>Reads back how many nodes and edges a file of any format holds, and their ids.</summary>
public static class ExportedCounts
{
    public static (IReadOnlyList<string> Nodes, IReadOnlyList<string> Edges) Ids(ExportFormat format, byte[] bytes)
    {
        switch (format)
        {
            case ExportFormat.Cytoscape:
            {
                var elements = JsonDocument.Parse(bytes).RootElement.GetProperty("elements");
                return (Read(elements.GetProperty("nodes"), e => e.GetProperty("data").GetProperty("id")),
                        Read(elements.GetProperty("edges"), e => e.GetProperty("data").GetProperty("id")));
            }
            case ExportFormat.Graphology:
            {
                var root = JsonDocument.Parse(bytes).RootElement;
                return (Read(root.GetProperty("nodes"), e => e.GetProperty("key")), Read(root.GetProperty("edges"), e => e.GetProperty("key")));
            }
            case ExportFormat.Gexf:
            {
                XNamespace ns = GexfWriter.Namespace;
                var doc = XmlFiles.Load(bytes);
                return (doc.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).ToList(),
                        doc.Descendants(ns + "edge").Select(n => (string)n.Attribute("id")!).ToList());
            }
            case ExportFormat.GraphML:
            {
                XNamespace ns = GraphMLWriter.Namespace;
                var doc = XmlFiles.Load(bytes);
                string GraphId(XElement e, string key) => e.Elements(ns + "data").Single(d => (string?)d.Attribute("key") == key).Value;
                return (doc.Descendants(ns + "node").Select(n => GraphId(n, "n.graphId")).ToList(),
                        doc.Descendants(ns + "edge").Select(n => GraphId(n, "e.graphId")).ToList());
            }
            case ExportFormat.Neo4jCsv:
            {
                var zip = Neo4jCsvZip.Read(bytes);
                return (zip.NodeRows.Select(r => r[0]!).ToList(), zip.RelationshipRows.Select(r => r[3]!).ToList());
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    static List<string> Read(JsonElement array, Func<JsonElement, JsonElement> id) =>
        array.EnumerateArray().Select(e => id(e).GetString()!).ToList();
}
