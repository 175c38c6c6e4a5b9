using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MineralGraph.Export;
using MineralGraph.Testing.Export;

namespace MineralGraph.Explorer.Tests;

/// <summary><c>/export</c> on the real server over HTTP, checked against what the GraphQL API says about the same graph.</summary>
[Collection(ExplorerCollection.Name)]
public class ExportEndpointTests(ExplorerFixture fixture)
{
    HttpClient Http => fixture.Server.Http;

    public static TheoryData<ExportFormat> Formats => new(ExportFormats.All);

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Export_WholeGraph_HoldsWhatTheApiCounts(ExportFormat format)
    {
        using var response = await Http.GetAsync($"/export?format={format.Name()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format.ContentType().Split(';')[0], response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"mineralgraph-graph{format.FileExtension()}", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var (nodes, edges) = ExportedCounts.Ids(format, await response.Content.ReadAsByteArrayAsync());
        var stats = (await QueryAsync("{ stats { entities relations } }")).GetProperty("stats");
        Assert.Equal(stats.GetProperty("entities").GetInt32(), nodes.Count);
        Assert.Equal(stats.GetProperty("relations").GetInt32(), edges.Count);
        Assert.Equal(nodes.Count, nodes.Distinct().Count());
    }

    [Fact]
    public async Task Export_LithiumNeighbourhoodAsGexf_IsTheApisNeighbourhood()
    {
        using var response = await Http.GetAsync("/export?format=gexf&id=mineral/lithium&depth=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (nodes, edges) = ExportedCounts.Ids(ExportFormat.Gexf, await response.Content.ReadAsByteArrayAsync());
        var neighbourhood = (await QueryAsync("{ neighbourhood(id: \"mineral/lithium\", depth: 1) { nodes { id } edges { id } } }")).GetProperty("neighbourhood");
        Assert.Equal(neighbourhood.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order(), nodes.Order());
        Assert.Equal(neighbourhood.GetProperty("edges").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order(), edges.Order());
    }

    [Fact]
    public async Task Export_PathAsCytoscape_HoldsBothEnds()
    {
        using var response = await Http.GetAsync("/export?format=cytoscape&from=official/claudia-sheinbaum&to=agreement/minerals-security-partnership");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (nodes, edges) = ExportedCounts.Ids(ExportFormat.Cytoscape, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("official/claudia-sheinbaum", nodes);
        Assert.Contains("agreement/minerals-security-partnership", nodes);
        Assert.NotEmpty(edges);
    }

    [Theory]
    [InlineData("/export?format=pdf", "format")]
    [InlineData("/export?format=gexf&id=mineral/lithium&depth=7", "depth")]
    [InlineData("/export?format=gexf&id=mineral/lithium&asOf=yesterday", "asOf")]
    [InlineData("/export?format=gexf&colour=red", "colour")]
    [InlineData("/export?from=government/canada", "to")]
    public async Task Export_BadParameter_Is400NamingIt(string url, string parameter)
    {
        using var response = await Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Fact]
    public async Task Export_UnknownEntity_Is404NamingIt()
    {
        using var response = await Http.GetAsync("/export?format=graphml&id=mineral/unobtainium");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("mineral/unobtainium", await response.Content.ReadAsStringAsync());
    }

    async Task<JsonElement> QueryAsync(string query)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }
}
