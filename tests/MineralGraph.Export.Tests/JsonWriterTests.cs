using System.Text.Json;
using MineralGraph.Domain.Model;

namespace MineralGraph.Export.Tests;

public class JsonWriterTests
{
    static readonly Domain.Seed.SeedGraph Graph = FixtureGraph.Create();

    [Fact]
    public async Task Cytoscape_FixtureGraph_HasEveryNodeAndEdgeAsElements()
    {
        var json = JsonDocument.Parse(await AsyncOnlyStream.WriteAsync(ExportFormat.Cytoscape, ExportGraph.FromSeed(Graph))).RootElement;

        var nodes = json.GetProperty("elements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var edges = json.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        Assert.Equal(Graph.Entities.Count, nodes.Count);
        Assert.Equal(Graph.Relations.Count, edges.Count);
        Assert.Equal(Graph.Entities.Select(e => e.Id).Order(), nodes.Select(n => n.GetProperty("id").GetString()).Order());
        var nodeIds = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(edges, e => Assert.Contains(e.GetProperty("source").GetString(), nodeIds));
        Assert.All(edges, e => Assert.Contains(e.GetProperty("target").GetString(), nodeIds));

        var agency = nodes.Single(n => n.GetProperty("id").GetString() == "agency/mexico-secretaria-de-economia");
        Assert.Equal("Secretaría de Economía", agency.GetProperty("label").GetString());
        Assert.Equal("agency", agency.GetProperty("kind").GetString());

        var member = edges.Single(e => e.GetProperty("id").GetString() == "rel/canada-member-of-usmca");
        Assert.Equal("government/canada", member.GetProperty("source").GetString());
        Assert.Equal("agreement/usmca", member.GetProperty("target").GetString());
        Assert.Equal("MEMBER_OF", member.GetProperty("kind").GetString());
        Assert.Equal("member of", member.GetProperty("label").GetString());
        Assert.Equal("2020", member.GetProperty("since").GetString());
        Assert.Equal("2024-06", member.GetProperty("until").GetString());
        Assert.False(member.GetProperty("disputed").GetBoolean());

        var disputed = edges.Single(e => e.GetProperty("id").GetString() == "rel/usmca-covers-lithium-a");
        Assert.True(disputed.GetProperty("disputed").GetBoolean());
        Assert.Equal(["rel/usmca-covers-lithium-b"], disputed.GetProperty("disputedBy").EnumerateArray().Select(x => x.GetString()));

        var cited = edges.Single(e => e.GetProperty("id").GetString() == "rel/sheinbaum-heads-mexico").GetProperty("evidence")[0];
        Assert.Equal("Sheinbaum, the president, said \"yes\".", cited.GetProperty("quote").GetString());
        Assert.Equal(FixtureGraph.Source.Name, cited.GetProperty("title").GetString());
        Assert.Equal("Test Institute", cited.GetProperty("publisher").GetString());
        Assert.Equal("2026-02", cited.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Graphology_FixtureGraph_IsASerializedDirectedMultiGraph()
    {
        var json = JsonDocument.Parse(await AsyncOnlyStream.WriteAsync(ExportFormat.Graphology, ExportGraph.FromSeed(Graph))).RootElement;

        var options = json.GetProperty("options");
        Assert.Equal("directed", options.GetProperty("type").GetString());
        Assert.True(options.GetProperty("multi").GetBoolean());
        Assert.Equal(JsonValueKind.Object, json.GetProperty("attributes").ValueKind);

        var nodes = json.GetProperty("nodes").EnumerateArray().ToList();
        var edges = json.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(Graph.Entities.Count, nodes.Count);
        Assert.Equal(Graph.Relations.Count, edges.Count);
        Assert.All(nodes, n =>
        {
            Assert.False(string.IsNullOrEmpty(n.GetProperty("key").GetString()));
            var a = n.GetProperty("attributes");
            Assert.Equal(JsonValueKind.Number, a.GetProperty("x").ValueKind);
            Assert.Equal(JsonValueKind.Number, a.GetProperty("y").ValueKind);
            Assert.StartsWith("#", a.GetProperty("color").GetString());
            Assert.False(a.TryGetProperty("type", out _), "'type' is sigma.js's node program: the entity type is written as subtype");
        });
        // Keys are unique even where two edges join the same pair (multi graph).
        Assert.Equal(edges.Count, edges.Select(e => e.GetProperty("key").GetString()).Distinct().Count());
        var nodeKeys = nodes.Select(n => n.GetProperty("key").GetString()).ToHashSet();
        Assert.All(edges, e => Assert.Contains(e.GetProperty("source").GetString(), nodeKeys));
        Assert.All(edges, e => Assert.Contains(e.GetProperty("target").GetString(), nodeKeys));
        Assert.Equal(2, edges.Count(e => e.GetProperty("source").GetString() == "agreement/usmca" && e.GetProperty("target").GetString() == "mineral/lithium"));

        var usmca = nodes.Single(n => n.GetProperty("key").GetString() == "agreement/usmca").GetProperty("attributes");
        Assert.Equal(["T-MEC", "CUSMA"], usmca.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal("trade-agreement", usmca.GetProperty("subtype").GetString());
    }

    [Fact]
    public async Task Cytoscape_EmptyGraph_IsValidWithEmptyLists()
    {
        var empty = ExportGraph.FromSubgraph(new Domain.Store.Subgraph([], [], false), "nothing");
        var json = JsonDocument.Parse(await AsyncOnlyStream.WriteAsync(ExportFormat.Cytoscape, empty)).RootElement;
        Assert.Equal(0, json.GetProperty("elements").GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, json.GetProperty("elements").GetProperty("edges").GetArrayLength());
    }
}
