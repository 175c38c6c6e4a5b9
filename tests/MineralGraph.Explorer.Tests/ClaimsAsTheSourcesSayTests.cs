using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// What issue 16 lets the graph say, as a journalist sees it in a real Chromium: a denied claim drawn and labelled as
/// denied, a tie's figure, a date still to come marked as expected, and whom a quote is attributed to.
/// </summary>
[RequiresChromium]
[Collection(ExplorerCollection.Name)]
public class ClaimsAsTheSourcesSayTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    const string Plan = "agreement/canada-mexico-action-plan";

    [Fact]
    public async Task DeniedClaim_IsDrawnStruckAndLabelledDeniedBesideTheClaimItDisputes()
    {
        const string affirmed = "rel/canada-mexico-action-plan-covers-lithium";
        const string denied = "rel/canada-mexico-action-plan-not-named-lithium";
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);

        await explorer.GotoAsync($"/?focus={Plan}&sel={affirmed}");
        Assert.False(await explorer.HasAsync(denied), "a denied claim is not a tie the neighbourhood walks");
        var claim = page.Locator($".relation-panel[data-id=\"{affirmed}\"] .disputing-claim[data-id=\"{denied}\"]");
        await Assertions.Expect(claim.Locator(".link-button")).ToContainTextAsync("Denied: Canada–Mexico action plan covers");
        await claim.Locator(".link-button").ClickAsync();
        await explorer.WaitIdleAsync();
        await explorer.WaitForElementAsync(denied);

        Assert.Contains("denied", await explorer.ClassesAsync(denied));
        Assert.StartsWith("not covers", await page.EvaluateAsync<string>("id => window.mgExplorer.labelOf(id)", denied));
        var panel = page.Locator($".relation-panel[data-id=\"{denied}\"]");
        await Assertions.Expect(panel.Locator("#denied-badge")).ToHaveTextAsync("Denied");
        await Assertions.Expect(panel.Locator(".denied-note")).ToContainTextAsync("does NOT hold");
        await Assertions.Expect(panel.Locator(".evidence-list .evidence-quote").First).ToHaveTextAsync("The Canada–Mexico announcement does not name specific minerals.");
        await explorer.ScreenshotAsync("16-denied");
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TieWithAFigure_ShowsItOnTheEdgeAndInThePanel()
    {
        const string stake = "rel/dod-owns-mp-materials-stake";
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);

        await explorer.GotoAsync($"/?focus=company/mp-materials&sel={stake}");

        Assert.Equal("owns · about 15% of MP’s stock", await page.EvaluateAsync<string>("id => window.mgExplorer.labelOf(id)", stake));
        var amount = page.Locator($".relation-panel[data-id=\"{stake}\"] .amount");
        await Assertions.Expect(amount).ToContainTextAsync("about 15% of MP’s stock");
        await Assertions.Expect(amount).ToContainTextAsync("preferred shares and warrants");
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ExpectedStart_IsShownAsNotYetInTheSourcesWords()
    {
        const string party = "rel/canada-member-of-canada-mexico-action-plan";
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);

        await explorer.GotoAsync($"/?focus={Plan}&sel={party}");

        var when = page.Locator($".relation-panel[data-id=\"{party}\"] .facts dd").First;
        await Assertions.Expect(when).ToHaveTextAsync("not yet: expected to begin 2026-07-01/2026-12-31 (\"second half of 2026\")");
        await page.ClickAsync($".relation-panel[data-id=\"{party}\"] .entity-chip[data-id=\"{Plan}\"]");
        await explorer.WaitIdleAsync();
        await Assertions.Expect(page.Locator($".entity-panel[data-id=\"{Plan}\"] .facts")).ToContainTextAsync("announced 2026-07-01/2026-12-31 (\"second half of 2026\") — expected");
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AttributedQuote_SaysWhomTheDocumentAttributesItTo()
    {
        const string covers = "rel/us-canada-alliance-covers-critical-minerals";
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);

        await explorer.GotoAsync($"/?focus=agreement/us-canada-critical-minerals-alliance&sel={covers}");

        var attributed = page.Locator($".relation-panel[data-id=\"{covers}\"] .evidence", new() { HasText = "According to Reuters" });
        await Assertions.Expect(attributed.Locator(".evidence-reported-by")).ToHaveTextAsync("as reported by Reuters");
        var plain = page.Locator($".relation-panel[data-id=\"{covers}\"] .evidence", new() { HasText = "decisive move" });
        await Assertions.Expect(plain.Locator(".evidence-reported-by")).ToHaveCountAsync(0);
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }
}
