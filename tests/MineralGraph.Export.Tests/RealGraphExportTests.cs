using MineralGraph.Domain.Store;
using MineralGraph.Testing;
using MineralGraph.Testing.Export;

namespace MineralGraph.Export.Tests;

/// <summary>Every format, over the real seed through the embedded store, holds exactly what the graph holds.</summary>
public class RealGraphExportTests
{
    public static TheoryData<ExportFormat> Formats => new(ExportFormats.All);

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WholeGraph_FromStore_HasEveryEntityAndRelationOnce(ExportFormat format)
    {
        var store = RealSeed.Store();
        var request = ParseOrFail(new() { ["format"] = format.Name() });

        var bytes = await AsyncOnlyStream.WriteAsync(format, await request.ResolveAsync(store));

        var (nodes, edges) = ExportedCounts.Ids(format, bytes);
        var counts = await store.CountAsync();
        Assert.Equal(counts.Entities.Values.Sum(), nodes.Count);
        Assert.Equal(counts.Relations.Values.Sum(), edges.Count);
        Assert.Equal(RealSeed.Seed.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), nodes.Order(StringComparer.Ordinal));
        Assert.Equal(RealSeed.Seed.Relations.Select(r => r.Id).Order(StringComparer.Ordinal), edges.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Neighbourhood_OfLithium_MatchesTheStoreSubgraph(ExportFormat format)
    {
        var store = RealSeed.Store();
        var request = ParseOrFail(new() { ["format"] = format.Name(), ["id"] = "mineral/lithium", ["depth"] = "1" });

        var (nodes, edges) = ExportedCounts.Ids(format, await AsyncOnlyStream.WriteAsync(format, await request.ResolveAsync(store)));

        var expected = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "mineral/lithium", Depth = 1 });
        Assert.True(expected.Edges.Count > 0, "lithium has ties in the seed");
        Assert.Equal(expected.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Edges.Select(e => e.Id).Order(StringComparer.Ordinal), edges.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Path_FromSheinbaumToTheMsp_HoldsBothEndsAndAChainOfTies()
    {
        var store = RealSeed.Store();
        var request = ParseOrFail(new() { ["format"] = "cytoscape", ["from"] = "official/claudia-sheinbaum", ["to"] = "agreement/minerals-security-partnership" });

        var (nodes, edges) = ExportedCounts.Ids(ExportFormat.Cytoscape, await AsyncOnlyStream.WriteAsync(ExportFormat.Cytoscape, await request.ResolveAsync(store)));

        Assert.Contains("official/claudia-sheinbaum", nodes);
        Assert.Contains("agreement/minerals-security-partnership", nodes);
        Assert.True(edges.Count >= nodes.Count - 1, $"{edges.Count} ties cannot join {nodes.Count} entities");
        Assert.Equal("mineralgraph-path-official-claudia-sheinbaum-to-agreement-minerals-security-partnership.cyjs", request.FileName);
    }

    [Fact]
    public async Task Neighbourhood_AsOfBeforeATieBegan_LeavesItOut()
    {
        var store = RealSeed.Store();
        var dated = RealSeed.Seed.Relations.First(r => r.Since is { } s && s.Earliest.Year >= 2021);
        var before = dated.Since!.Value.Earliest.AddDays(-1);
        var request = ParseOrFail(new() { ["id"] = dated.From, ["asOf"] = before.ToString("yyyy-MM-dd"), ["limitPerNode"] = "100" });
        var all = ParseOrFail(new() { ["id"] = dated.From, ["limitPerNode"] = "100" });

        var (_, edgesThen) = ExportedCounts.Ids(ExportFormat.Cytoscape, await AsyncOnlyStream.WriteAsync(ExportFormat.Cytoscape, await request.ResolveAsync(store)));
        var (_, edgesEver) = ExportedCounts.Ids(ExportFormat.Cytoscape, await AsyncOnlyStream.WriteAsync(ExportFormat.Cytoscape, await all.ResolveAsync(store)));

        Assert.Contains(dated.Id, edgesEver);
        Assert.DoesNotContain(dated.Id, edgesThen);
    }

    [Fact]
    public async Task Neighbourhood_OfAnUnknownEntity_IsNotFound()
    {
        var request = ParseOrFail(new() { ["id"] = "mineral/unobtainium" });
        var error = await Assert.ThrowsAsync<ExportNotFoundException>(() => request.ResolveAsync(RealSeed.Store()));
        Assert.Contains("mineral/unobtainium", error.Message);
    }

    static ExportRequest ParseOrFail(Dictionary<string, string> parameters)
    {
        var (request, errors) = ExportRequest.Parse(name => parameters.GetValueOrDefault(name));
        Assert.Empty(errors);
        return request!;
    }
}
