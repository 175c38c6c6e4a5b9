using System.Net.Http.Json;
using System.Text.Json;
using System.Web;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

[RequiresChromium]
[Collection(ExplorerCollection.Name)]
public class GraphiQLLinkTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task GraphiQLLink_CarriesTheQueryBehindTheDrawing()
    {
        var (page, _) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);
        await explorer.GotoAsync("/?focus=mineral/lithium");

        var href = await page.Locator("#graphiql-link").GetAttributeAsync("href");
        Assert.StartsWith("/graphql?query=", href);
        var parameters = HttpUtility.ParseQueryString(new Uri(fixture.Server.BaseAddress, href).Query);
        var query = parameters["query"]!;
        var variables = JsonSerializer.Deserialize<JsonElement>(parameters["variables"]!);
        Assert.Contains("neighbourhood(", query);
        Assert.Equal("mineral/lithium", variables.GetProperty("id").GetString());

        // The same query, run as the link would run it, gives what the page drew.
        using var response = await fixture.Server.Http.PostAsJsonAsync("/graphql", new { query, variables });
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("neighbourhood");
        var (nodes, edges) = await explorer.CountsAsync();
        Assert.Equal(nodes, data.GetProperty("nodes").GetArrayLength());
        Assert.Equal(edges, data.GetProperty("edges").GetArrayLength());
        await page.Context.CloseAsync();
    }
}
