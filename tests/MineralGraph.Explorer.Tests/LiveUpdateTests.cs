using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// The explorer follows the graph live: a tie a curator asserts on an entity whose ties are on screen appears in a real
/// Chromium without a reload, with the "graph updated" notice. The server (Kestrel) keeps changes in a journal of its own.
/// </summary>
[RequiresChromium]
[Collection(ExplorerCollection.Name)]
public class LiveUpdateTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task ACuratedTie_AppearsOnScreenLive_WithTheNotice()
    {
        await using var curated = new CuratedServer();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var source = $"source/live-wire-{suffix}";
        var company = $"company/live-miner-{suffix}";
        await curated.AddSourceAsync(source, "Live Miner begins production", "Live Miner said it had begun producing lithium concentrate at its mine.");
        await curated.CreateCompanyAsync(company, $"Live Miner {suffix}");

        var (page, consoleErrors) = await fixture.NewPageAsync(curated.Server);
        var explorer = new ExplorerPage(page, output);
        await page.GotoAsync(new Uri(curated.Server.BaseAddress, "/").ToString());
        await explorer.WaitIdleAsync();
        await explorer.SearchAndPickAsync("#search", $"Live Miner {suffix}", company);
        await page.WaitForFunctionAsync("() => document.body.dataset.live === 'open'", null, new() { Timeout = 15_000 });
        Assert.False(await explorer.HasAsync("mineral/lithium"));
        await Assertions.Expect(page.Locator("#live-notice")).ToBeHiddenAsync();

        var relation = await curated.AssertAsync(new
        {
            kind = "PRODUCES", from = company, to = "mineral/lithium", since = "2026-03",
            evidence = new[] { new { source, quote = "had begun producing lithium concentrate" } },
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await explorer.WaitForElementAsync(relation);
        output.WriteLine($"the tie {relation} was drawn {clock.ElapsedMilliseconds} ms after the curator's answer");
        Assert.True(await explorer.HasAsync("mineral/lithium"));
        var notice = page.Locator("#live-notice");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(notice).ToContainTextAsync("Graph updated");
        Assert.Equal("polite", await notice.GetAttributeAsync("aria-live"));
        await explorer.ScreenshotAsync("live-update");
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }
}
