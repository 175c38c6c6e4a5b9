using System.Globalization;
using MineralGraph.Testing;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// A journalist's session in a real Chromium against the real server: search, expand, find a path, read a tie's
/// evidence, move the date, with screenshots of each step; the page must ask nothing of any other host.
/// </summary>
[RequiresChromium]
[Collection(ExplorerCollection.Name)]
public class ExplorerJourneyTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    const string Sheinbaum = "official/claudia-sheinbaum";
    const string Mexico = "government/mexico";
    const string Msp = "agreement/minerals-security-partnership";
    const string SheinbaumPresident = "rel/sheinbaum-holds-president-of-mexico";

    [Fact]
    public async Task Journey_SheinbaumToTheMsp_SearchExpandPathEvidenceAndDate()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);

        await explorer.GotoAsync();
        await Assertions.Expect(page.Locator(".welcome")).ToBeVisibleAsync();
        await explorer.ScreenshotAsync("01-welcome");

        // Search and expand.
        await explorer.SearchAndPickAsync("#search", "Sheinbaum", Sheinbaum);
        await explorer.WaitForElementAsync(Mexico);
        await Assertions.Expect(page.Locator(".entity-panel .panel-title")).ToHaveTextAsync("Claudia Sheinbaum");
        Assert.True(await explorer.HasAsync(SheinbaumPresident));
        await explorer.ScreenshotAsync("02-sheinbaum");

        var before = await explorer.CountsAsync();
        await explorer.ClickDrawnAsync(Mexico);
        await Assertions.Expect(page.Locator(".entity-panel .panel-title")).ToHaveTextAsync("Mexico");
        var expanded = await explorer.CountsAsync();
        Assert.True(expanded.Nodes > before.Nodes, $"clicking Mexico drew its ties ({before.Nodes} → {expanded.Nodes} entities)");
        Assert.Contains("expanded", await explorer.ClassesAsync(Mexico));
        await explorer.ScreenshotAsync("03-mexico-expanded");

        // The path to the Minerals Security Partnership, every hop cited.
        await page.ClickAsync("#path-toggle");
        await explorer.SearchAndPickAsync("#path-from", "Sheinbaum", Sheinbaum);
        await explorer.SearchAndPickAsync("#path-to", "Minerals Security", Msp);
        await page.ClickAsync("#path-go");
        await explorer.WaitIdleAsync();
        var firstPath = page.Locator(".path-result").First;
        await Assertions.Expect(firstPath).ToBeVisibleAsync();
        var hops = firstPath.Locator(".hop");
        var hopCount = await hops.CountAsync();
        Assert.InRange(hopCount, 1, 4);
        for (var i = 0; i < hopCount; i++)
        {
            Assert.True(await hops.Nth(i).Locator(".evidence-quote").CountAsync() >= 1, $"hop {i + 1} cites a quote");
            Assert.False(string.IsNullOrWhiteSpace(await hops.Nth(i).Locator(".evidence-title").First.TextContentAsync()), $"hop {i + 1} names its document");
        }
        Assert.Contains("Claudia Sheinbaum", await hops.First.Locator(".hop-claim").TextContentAsync());
        var lastHopRelation = await hops.Nth(hopCount - 1).GetAttributeAsync("data-id");
        Assert.Contains("on-path", await explorer.ClassesAsync(Msp));
        Assert.Contains("on-path", await explorer.ClassesAsync(lastHopRelation!));
        await explorer.ScreenshotAsync("04-path-to-msp");

        // A tie's evidence: the document and the quote, as the seed has them.
        var relation = RealSeed.Seed.Relations.Single(r => r.Id == SheinbaumPresident);
        var panel = page.Locator($".relation-panel[data-id=\"{SheinbaumPresident}\"]");
        // A short edge's midpoint can sit under something drawn after the path search; a person would click
        // elsewhere on the line, and so does the test: points along the line between the tie's two ends.
        await explorer.ClickDrawnAsync(SheinbaumPresident);
        foreach (var t in new[] { 0.35, 0.65, 0.25, 0.75, 0.45, 0.55 })
        {
            if (await panel.IsVisibleAsync()) break;
            var a = await page.EvaluateAsync<System.Text.Json.JsonElement>("id => window.mgExplorer.pagePoint(id)", Sheinbaum);
            var b = await page.EvaluateAsync<System.Text.Json.JsonElement>("id => window.mgExplorer.pagePoint(id)", Mexico);
            double X(System.Text.Json.JsonElement p) => p.GetProperty("x").GetDouble();
            double Y(System.Text.Json.JsonElement p) => p.GetProperty("y").GetDouble();
            await page.Mouse.ClickAsync((float)(X(a) + t * (X(b) - X(a))), (float)(Y(a) + t * (Y(b) - Y(a))));
            await explorer.WaitIdleAsync();
        }
        await Assertions.Expect(panel).ToBeVisibleAsync();
        var quotes = await panel.Locator(".evidence-quote").AllTextContentsAsync();
        Assert.Equal(relation.Evidence.Select(e => e.Quote), quotes);
        var titles = await panel.Locator(".evidence-title").AllTextContentsAsync();
        Assert.Equal(relation.Evidence.Select(e => e.Source!.Name), titles);
        var first = relation.Evidence[0];
        var meta = string.Join(" · ", new[] { first.Source!.Publisher, first.Source.Author, first.Source.Date?.ToString(), first.Locator }.Where(s => !string.IsNullOrEmpty(s)));
        await Assertions.Expect(panel.Locator(".evidence-meta").First).ToHaveTextAsync(meta);
        await explorer.ScreenshotAsync("05-evidence");

        // Move the date slider to early 2024: the presidency (since 2024-10-01) did not hold yet, so it disappears.
        Assert.True(await explorer.HasAsync(SheinbaumPresident));
        await explorer.MoveSliderToAsync(new DateOnly(2024, 1, 1));
        await explorer.WaitIdleAsync();
        var label = await page.Locator("#asof-label").TextContentAsync();
        var day = DateOnly.ParseExact(label!["Ties that held on ".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(day < relation.Since!.Value.Earliest && day.Year >= 2022, $"the slider landed on {day}");
        await explorer.WaitForElementAsync(SheinbaumPresident, present: false);
        Assert.True(await explorer.HasAsync(Mexico), "Mexico is still drawn: only the tie went");
        Assert.Contains($"asOf={day:yyyy-MM-dd}", page.Url);
        await explorer.ScreenshotAsync("06-as-of-2024");

        // Back to all dates: the tie returns.
        await page.ClickAsync("#asof-reset");
        await explorer.WaitIdleAsync();
        await explorer.WaitForElementAsync(SheinbaumPresident);

        Assert.Contains($"from={Sheinbaum}", page.Url);
        Assert.Contains($"to={Msp}", page.Url);
        Assert.Empty(consoleErrors);
        AssertNoRequestLeftTheServer();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_TMec_SuggestsTheUsmcaByItsAlias()
    {
        var (page, _) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);
        await explorer.GotoAsync();

        await page.Locator("#search").PressSequentiallyAsync("T-MEC", new() { Delay = 30 });
        var usmca = page.Locator("#search-suggestions .suggestion[data-id=\"agreement/usmca\"]");
        await Assertions.Expect(usmca).ToBeVisibleAsync();
        await Assertions.Expect(usmca.Locator(".suggestion-alias")).ToContainTextAsync("MEC");
        await explorer.ScreenshotAsync("07-search-t-mec");

        await page.Keyboard.PressAsync("Enter");
        await explorer.WaitIdleAsync();
        await explorer.WaitForElementAsync("agreement/usmca");
        AssertNoRequestLeftTheServer();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DisputedTie_IsDashedRedWithABadgeListingTheDisputingClaim()
    {
        var disputed = RealSeed.Seed.Relations.First(r => r.DisputedBy.Count > 0);
        var other = RealSeed.Seed.Relations.Single(r => r.Id == disputed.DisputedBy[0]);
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);

        await explorer.GotoAsync($"/?focus={disputed.From}&sel={disputed.Id}");

        Assert.Contains("disputed", await explorer.ClassesAsync(disputed.Id));
        var panel = page.Locator($".relation-panel[data-id=\"{disputed.Id}\"]");
        await Assertions.Expect(panel.Locator("#disputed-badge")).ToHaveTextAsync("Disputed");
        var claim = panel.Locator($".disputing-claim[data-id=\"{other.Id}\"]");
        await Assertions.Expect(claim).ToBeVisibleAsync();
        await Assertions.Expect(claim.Locator(".evidence-quote").First).ToHaveTextAsync(other.Evidence[0].Quote);
        await explorer.ScreenshotAsync("08-disputed");

        // Following the disputing claim draws and selects it.
        await claim.Locator(".link-button").ClickAsync();
        await explorer.WaitIdleAsync();
        await explorer.WaitForElementAsync(other.Id);
        await Assertions.Expect(page.Locator($".relation-panel[data-id=\"{other.Id}\"]")).ToBeVisibleAsync();
        Assert.Empty(consoleErrors);
        AssertNoRequestLeftTheServer();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Permalink_ReopensTheSameEntitiesDateAndPath()
    {
        var (page, _) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);
        await explorer.GotoAsync($"/?focus={Sheinbaum},{Mexico}&from={Sheinbaum}&to={Msp}&asOf=2026-01-15");

        Assert.True(await explorer.HasAsync(Msp), "the path's end is drawn");
        Assert.Contains("expanded", await explorer.ClassesAsync(Mexico));
        await Assertions.Expect(page.Locator(".path-result").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#asof-label")).ToHaveTextAsync("Ties that held on 2026-01-15");
        await Assertions.Expect(page.Locator("#path-from")).ToHaveValueAsync("Claudia Sheinbaum");

        // Copy link hands out the address, which holds the state.
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.ClickAsync("#copy-link");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(page.Url, copied);
        Assert.Contains("asOf=2026-01-15", copied);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HubEntity_ShowMoreTies_DrawsTheTiesPastTheFirstPage()
    {
        var hub = RealSeed.Seed.Relations.SelectMany(r => new[] { r.From, r.To }).GroupBy(id => id).OrderByDescending(g => g.Count()).First();
        Assert.True(hub.Count() > 20, $"the seed's biggest hub {hub.Key} has more ties ({hub.Count()}) than one page");
        var (page, _) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);

        await explorer.GotoAsync($"/?focus={hub.Key}");
        Assert.Contains("has-more", await explorer.ClassesAsync(hub.Key));
        var first = await explorer.CountsAsync();
        await page.ClickAsync("#more-ties");
        await explorer.WaitIdleAsync();

        var after = await explorer.CountsAsync();
        Assert.True(after.Edges > first.Edges, $"more ties were drawn ({first.Edges} → {after.Edges})");
        Assert.DoesNotContain("has-more", await explorer.ClassesAsync(hub.Key) ?? "");
        await Assertions.Expect(page.Locator(".tie-count-text")).ToContainTextAsync($"of {hub.Count()} ties drawn");
        await explorer.ScreenshotAsync("09-hub-more-ties");
        await page.Context.CloseAsync();
    }

    void AssertNoRequestLeftTheServer()
    {
        // Pages of other tests in the collection may run on a server of their own; each is still one of ours.
        var origins = fixture.ServerOrigins.Keys.ToList();
        var outside = fixture.Requests.Where(url => !origins.Any(origin => url.StartsWith(origin + "/", StringComparison.Ordinal)) && !url.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.True(outside.Count == 0, "requests outside the server: " + string.Join(", ", outside));
        Assert.NotEmpty(fixture.Requests);
    }
}
