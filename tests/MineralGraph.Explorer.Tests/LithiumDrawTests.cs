using System.Text.Json;
using MineralGraph.Testing;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// How long the page takes to draw Lithium's ties: measured in the page (performance.now around adding the elements,
/// the fCoSE layout and the first frame) on a fresh page, then again after Clear (scripts warmed up), and reported,
/// never asserted as a timing.
/// </summary>
[RequiresChromium]
[Collection(ExplorerCollection.Name)]
public class LithiumDrawTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    const string Lithium = "mineral/lithium";

    [Fact]
    public async Task LithiumNeighbourhood_IsDrawnAndItsDrawTimeReported()
    {
        var (page, _) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);
        await explorer.GotoAsync();
        var lithiumTies = RealSeed.Seed.Relations.Count(r => r.IsWalkable && (r.From == Lithium || r.To == Lithium)); // denied claims are not ties

        await explorer.SearchAndPickAsync("#search", "Lithium", Lithium);
        var cold = await explorer.LastDrawAsync();
        await explorer.ScreenshotAsync("10-lithium");

        await page.ClickAsync("#clear");
        Assert.Equal((0, 0), await explorer.CountsAsync());
        await explorer.SearchAndPickAsync("#search", "Lithium", Lithium);
        var warm = await explorer.LastDrawAsync();

        foreach (var draw in new[] { cold, warm })
        {
            Assert.Equal(Math.Min(lithiumTies, 20), draw.GetProperty("edges").GetInt32());
            Assert.True(draw.GetProperty("nodes").GetInt32() > 1);
        }
        output.WriteLine("Lithium neighbourhood, first draw on a fresh page: " + Describe(cold));
        output.WriteLine("Lithium neighbourhood, drawn again after Clear:     " + Describe(warm));
        await page.Context.CloseAsync();
    }

    static string Describe(JsonElement draw) =>
        $"{draw.GetProperty("nodes").GetInt32()} entities, {draw.GetProperty("edges").GetInt32()} ties; API answered in {draw.GetProperty("queryMs").GetInt32()} ms; " +
        $"drawn in {draw.GetProperty("drawMs").GetInt32()} ms (adding {draw.GetProperty("addMs").GetInt32()} ms, " +
        $"fCoSE layout {draw.GetProperty("layoutMs").GetInt32()} ms, first frame {draw.GetProperty("frameMs").GetInt32()} ms)";
}
