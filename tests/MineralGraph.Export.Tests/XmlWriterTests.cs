using System.Xml;
using System.Xml.Linq;
using MineralGraph.Export.Writers;
using MineralGraph.Testing.Export;

namespace MineralGraph.Export.Tests;

public class XmlWriterTests
{
    static readonly Domain.Seed.SeedGraph Graph = FixtureGraph.Create();
    static readonly XNamespace Gexf = GexfWriter.Namespace;
    static readonly XNamespace Viz = GexfWriter.VizNamespace;
    static readonly XNamespace GraphML = GraphMLWriter.Namespace;

    [Fact]
    public async Task Gexf_FixtureGraph_IsDynamicGexf13WithSpells()
    {
        var doc = XmlFiles.Load(await AsyncOnlyStream.WriteAsync(ExportFormat.Gexf, ExportGraph.FromSeed(Graph)));

        var root = doc.Root!;
        Assert.Equal(Gexf + "gexf", root.Name);
        Assert.Equal("1.3", (string?)root.Attribute("version"));
        Assert.NotNull(root.Element(Gexf + "meta")?.Element(Gexf + "creator"));
        var graph = root.Element(Gexf + "graph")!;
        Assert.Equal("dynamic", (string?)graph.Attribute("mode"));
        Assert.Equal("date", (string?)graph.Attribute("timeformat"));
        Assert.Equal("directed", (string?)graph.Attribute("defaultedgetype"));

        var declared = graph.Elements(Gexf + "attributes").ToDictionary(
            a => (string)a.Attribute("class")!,
            a => a.Elements(Gexf + "attribute").Select(x => (string)x.Attribute("id")!).ToHashSet());
        Assert.Contains("kind", declared["node"]);
        Assert.Contains("evidence", declared["edge"]);

        var nodes = graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").ToList();
        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToList();
        Assert.Equal(Graph.Entities.Count, nodes.Count);
        Assert.Equal(Graph.Relations.Count, edges.Count);
        var nodeIds = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.Equal(Graph.Entities.Count, nodeIds.Count);
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, nodeIds));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, nodeIds));
        Assert.All(nodes, n => Assert.NotNull(n.Element(Viz + "color")));
        Assert.All(nodes, n => Assert.All(n.Descendants(Gexf + "attvalue"), v => Assert.Contains((string)v.Attribute("for")!, declared["node"])));
        Assert.All(edges, e => Assert.All(e.Descendants(Gexf + "attvalue"), v => Assert.Contains((string)v.Attribute("for")!, declared["edge"])));

        XElement Edge(string id) => edges.Single(e => (string?)e.Attribute("id") == id);
        var ended = Edge("rel/canada-member-of-usmca");
        Assert.Equal("MEMBER_OF", (string?)ended.Attribute("kind"));
        var spell = ended.Element(Gexf + "spells")!.Element(Gexf + "spell")!;
        Assert.Equal("2020-01-01", (string?)spell.Attribute("start"));
        Assert.Equal("2024-06-30", (string?)spell.Attribute("end"));
        var open = Edge("rel/mexico-member-of-usmca").Element(Gexf + "spells")!.Element(Gexf + "spell")!;
        Assert.Equal("2020-07-01", (string?)open.Attribute("start"));
        Assert.Null(open.Attribute("end"));
        Assert.Null(Edge("rel/economia-part-of-mexico").Element(Gexf + "spells"));
        var evidence = Edge("rel/sheinbaum-heads-mexico").Descendants(Gexf + "attvalue").Single(v => (string?)v.Attribute("for") == "evidence");
        Assert.Contains("Sheinbaum, the president, said \"yes\".", (string)evidence.Attribute("value")!);
        Assert.Contains("Test Institute", (string)evidence.Attribute("value")!);
    }

    [Fact]
    public async Task Gexf_ControlCharacterInAName_IsDroppedAndTheFileStillLoads()
    {
        var doc = XmlFiles.Load(await AsyncOnlyStream.WriteAsync(ExportFormat.Gexf, ExportGraph.FromSeed(Graph)));
        var odd = doc.Descendants(Gexf + "node").Single(n => (string?)n.Attribute("id") == "event/odd-characters");
        Assert.Equal("Bell meeting", (string?)odd.Attribute("label"));
    }

    [Fact]
    public async Task GraphML_FixtureGraph_HasDeclaredKeysAndEveryNodeAndEdge()
    {
        var doc = XmlFiles.Load(await AsyncOnlyStream.WriteAsync(ExportFormat.GraphML, ExportGraph.FromSeed(Graph)));

        var root = doc.Root!;
        Assert.Equal(GraphML + "graphml", root.Name);
        var keys = root.Elements(GraphML + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        Assert.Equal("node", keys["n.kind"]);
        Assert.Equal("edge", keys["e.kind"]);
        Assert.All(root.Elements(GraphML + "key"), k => Assert.NotNull(k.Attribute("attr.name")));
        var graph = root.Element(GraphML + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        // The schema puts every key before the graph.
        Assert.DoesNotContain(root.Elements().SkipWhile(e => e.Name != GraphML + "graph"), e => e.Name == GraphML + "key");

        var nodes = graph.Elements(GraphML + "node").ToList();
        var edges = graph.Elements(GraphML + "edge").ToList();
        Assert.Equal(Graph.Entities.Count, nodes.Count);
        Assert.Equal(Graph.Relations.Count, edges.Count);
        // GraphML ids are XML name tokens; the graph id is kept in the graphId data.
        Assert.All(nodes.Concat(edges), e => XmlConvert.VerifyNMTOKEN((string)e.Attribute("id")!));
        Assert.Equal(Graph.Entities.Select(e => e.Id).Order(), nodes.Select(n => Data(n, "n.graphId")).Order());
        var nodeIds = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, nodeIds));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, nodeIds));
        Assert.All(nodes, n => Assert.All(n.Elements(GraphML + "data"), d => Assert.Equal("node", keys[(string)d.Attribute("key")!])));
        Assert.All(edges, e => Assert.All(e.Elements(GraphML + "data"), d => Assert.Equal("edge", keys[(string)d.Attribute("key")!])));

        var disputed = edges.Single(e => Data(e, "e.graphId") == "rel/usmca-covers-lithium-b");
        Assert.Equal("true", Data(disputed, "e.disputed"));
        Assert.Equal("rel/usmca-covers-lithium-a", Data(disputed, "e.disputedBy"));
        Assert.Equal("A second source disagrees.", Data(disputed, "e.note"));
        Assert.Equal("Secretaría de Economía", Data(nodes.Single(n => Data(n, "n.graphId") == "agency/mexico-secretaria-de-economia"), "n.label"));
    }

    static string? Data(XElement element, string key) =>
        element.Elements(GraphML + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;
}
