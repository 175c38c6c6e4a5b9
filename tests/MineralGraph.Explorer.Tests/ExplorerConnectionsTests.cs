using System.Text.Json;
using System.Web;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// Issue 15 in a real Chromium against the real server: a path shows its strength and its weakest hop, chains through
/// a shared mineral come only when asked ("Through minerals too"), and "common ties" finds what picked entities share.
/// </summary>
[RequiresChromium]
[Collection(ExplorerCollection.Name)]
public class ExplorerConnectionsTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    const string Sheinbaum = "official/claudia-sheinbaum";
    const string Msp = "agreement/minerals-security-partnership";

    [Fact]
    public async Task Path_SheinbaumToTheMsp_StrengthWeakestHopAndMineralsOnlyWhenAsked()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);
        await explorer.GotoAsync();

        await page.ClickAsync("#path-toggle");
        await explorer.SearchAndPickAsync("#path-from", "Sheinbaum", Sheinbaum);
        await explorer.SearchAndPickAsync("#path-to", "Minerals Security", Msp);
        await page.ClickAsync("#path-go");
        await explorer.WaitIdleAsync();

        // Actors first: no hop passes through a mineral, each path shows its strength, one hop is marked weakest.
        var paths = page.Locator(".path-result");
        await Assertions.Expect(paths.First).ToBeVisibleAsync();
        var count = await paths.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var path = paths.Nth(i);
            var score = int.Parse((await path.Locator(".path-strength .badge-strength").GetAttributeAsync("data-score"))!);
            Assert.Equal(1, await path.Locator(".hop-weakest").CountAsync());
            var weakest = int.Parse((await path.Locator(".hop-weakest .badge-strength").GetAttributeAsync("data-score"))!);
            Assert.Equal(score, weakest);
            Assert.Equal(0, await path.Locator(".badge-topical").CountAsync());
            foreach (var claim in await path.Locator(".hop-claim").AllTextContentsAsync())
                Assert.DoesNotContain("Lithium", claim);
        }
        await Assertions.Expect(paths.First.Locator(".path-explanation")).ToContainTextAsync("as strong as its weakest step");
        await Assertions.Expect(paths.First.Locator(".hop-weakest .strength-reasons li").First).ToBeVisibleAsync();
        await explorer.ScreenshotAsync("20-path-strength");

        // "Through minerals too" asks the API for chains through shared subjects as well (the query behind the view says so).
        await page.CheckAsync("#path-minerals");
        await page.ClickAsync("#path-go");
        await explorer.WaitIdleAsync();
        var href = await page.Locator("#graphiql-link").GetAttributeAsync("href");
        var variables = JsonSerializer.Deserialize<JsonElement>(HttpUtility.ParseQueryString(new Uri(fixture.Server.BaseAddress, href).Query)["variables"]!);
        Assert.Equal("ANY", variables.GetProperty("through").GetString());
        await page.UncheckAsync("#path-minerals");

        // Within three hops no chain of actors exists: the chain through a shared mineral comes back, marked as such.
        await page.SelectOptionAsync("#path-hops", "3");
        await page.ClickAsync("#path-go");
        await explorer.WaitIdleAsync();
        await Assertions.Expect(paths.First.Locator(".badge-topical")).ToBeVisibleAsync();
        await Assertions.Expect(paths.First.Locator(".hop-claim").Nth(1)).ToContainTextAsync("Lithium");
        await explorer.ScreenshotAsync("21-path-through-a-mineral");
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CommonTies_CanadaAndMexico_TheirSharedAgreementsStrongestFirstWithEvidence()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);
        await explorer.GotoAsync();

        await explorer.SearchAndPickAsync("#search", "Canada", "government/canada");
        await page.ClickAsync(".entity-panel .add-common");
        await Assertions.Expect(page.Locator("#common-go")).ToBeDisabledAsync();
        await explorer.SearchAndPickAsync("#search", "Mexico", "government/mexico");
        await page.ClickAsync(".entity-panel .add-common");
        await page.ClickAsync("#common-go");
        await explorer.WaitIdleAsync();

        var ties = page.Locator(".common-tie");
        await Assertions.Expect(ties.First).ToBeVisibleAsync();
        Assert.Equal(1, await page.Locator(".common-tie[data-id=\"agreement/usmca\"]").CountAsync());
        var scores = new List<int>();
        for (var i = 0; i < await ties.CountAsync(); i++)
        {
            var tie = ties.Nth(i);
            scores.Add(int.Parse((await tie.Locator(".common-tie-header .badge-strength").GetAttributeAsync("data-score"))!));
            // Each common entity is tied to both, each tie cited.
            var with = await tie.Locator(".common-link .hop-claim strong").AllTextContentsAsync();
            Assert.Contains("Canada", with);
            Assert.Contains("Mexico", with);
            Assert.True(await tie.Locator(".common-link .evidence-quote").CountAsync() >= 2);
        }
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Contains("on-common", await explorer.ClassesAsync("agreement/usmca"));
        await explorer.ScreenshotAsync("22-common-ties");
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }
}
