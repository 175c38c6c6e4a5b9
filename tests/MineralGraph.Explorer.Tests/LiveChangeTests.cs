using System.Text.Json;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// The explorer's live drawing tells the truth after a curator's change (a real server with curation on, the curator's
/// mutation over HTTP, a real Chromium): a retracted tie leaves the drawing and its open panel closes saying why; two
/// entities merged are drawn as one with the ties of both, and the merged id's old link still opens; a tie whose claim
/// a curator corrects (the corrected claim asserted, disputing it) shows the correction in its open panel, and its ends
/// renamed (the one opened, the one only drawn) show their new names; a path shown through a retracted tie is asked for
/// again.
/// </summary>
[RequiresChromium]
[Collection(ExplorerCollection.Name)]
public class LiveChangeTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 10_000 };

    [Fact]
    public async Task ARetractedTie_LeavesTheDrawing_AndItsPanelClosesSayingSo()
    {
        await using var curated = new CuratedServer();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var source = $"source/retract-wire-{suffix}";
        var company = $"company/retract-miner-{suffix}";
        await curated.AddSourceAsync(source, "Retract Miner begins production", "Retract Miner said it had begun producing lithium concentrate at its mine.");
        await curated.CreateCompanyAsync(company, $"Retract Miner {suffix}");
        var tie = await curated.AssertAsync(new
        {
            kind = "PRODUCES", from = company, to = "mineral/lithium", since = "2026-03",
            evidence = new[] { new { source, quote = "had begun producing lithium concentrate" } },
        });

        var (page, consoleErrors) = await OpenAsync(curated, $"Retract Miner {suffix}", company);
        var explorer = new ExplorerPage(page, output);
        await explorer.ClickDrawnAsync(tie);
        await Assertions.Expect(page.Locator($"#panel-body .relation-panel[data-id=\"{tie}\"]")).ToBeVisibleAsync();

        await curated.CurateAsync("mutation($id: ID!, $reason: String!) { retractRelation(id: $id, reason: $reason) { change { sequence } } }",
            new { id = tie, reason = "The wire withdrew the story." });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await explorer.WaitForElementAsync(tie, present: false, timeoutMs: 10_000);
        output.WriteLine($"the retracted tie {tie} left the drawing {clock.ElapsedMilliseconds} ms after the curator's answer");
        await explorer.WaitIdleAsync();

        // Lithium was drawn only because of the tie; the company the reader opened stays.
        Assert.False(await explorer.HasAsync("mineral/lithium"));
        Assert.True(await explorer.HasAsync(company));
        Assert.Equal((1, 0), await explorer.CountsAsync());
        var notice = page.Locator("#panel-notice");
        await Assertions.Expect(notice).ToContainTextAsync("This tie was retracted by a curator (ana): The wire withdrew the story.", Soon);
        Assert.Equal("polite", await page.Locator("#panel-body").GetAttributeAsync("aria-live"));
        await Assertions.Expect(page.Locator("#panel-body .relation-panel")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<string?>("() => window.mgExplorer.selected()"));
        Assert.DoesNotContain("sel=", new Uri(page.Url).Query);
        await Assertions.Expect(page.Locator("#live-notice")).ToContainTextAsync("a tie retracted by ana", Soon);
        await explorer.ScreenshotAsync("live-retracted");
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TwoDrawnEntitiesMerged_AreOneNodeWithTheTiesOfBoth_AndTheMergedIdStillOpens()
    {
        await using var curated = new CuratedServer();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var source = $"source/merge-wire-{suffix}";
        var survivor = $"company/alpha-miner-{suffix}";
        var merged = $"company/beta-miner-{suffix}";
        await curated.AddSourceAsync(source, "Two miners", "Alpha Miner produces lithium. Beta Miner produces cobalt.");
        await curated.CreateCompanyAsync(survivor, $"Alpha Miner {suffix}");
        await curated.CreateCompanyAsync(merged, $"Beta Miner {suffix}");
        var lithiumTie = await curated.AssertAsync(new
        {
            kind = "PRODUCES", from = survivor, to = "mineral/lithium",
            evidence = new[] { new { source, quote = "Alpha Miner produces lithium" } },
        });
        var cobaltTie = await curated.AssertAsync(new
        {
            kind = "PRODUCES", from = merged, to = "mineral/cobalt",
            evidence = new[] { new { source, quote = "Beta Miner produces cobalt" } },
        });

        var (page, consoleErrors) = await OpenAsync(curated, $"Alpha Miner {suffix}", survivor);
        var explorer = new ExplorerPage(page, output);
        await explorer.SearchAndPickAsync("#search", $"Beta Miner {suffix}", merged);
        await WaitLiveAsync(page);
        Assert.True(await explorer.HasAsync(merged));
        Assert.Equal((4, 2), await explorer.CountsAsync());

        await curated.CurateAsync("mutation($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { change { sequence } } }",
            new { s = survivor, m = merged });
        await explorer.WaitForElementAsync(merged, present: false, timeoutMs: 10_000);
        await explorer.WaitIdleAsync();

        Assert.True(await explorer.HasAsync(survivor));
        Assert.Equal((3, 2), await explorer.CountsAsync());
        Assert.Equal([survivor, "mineral/lithium"], await EndsAsync(page, lithiumTie));
        Assert.Equal([survivor, "mineral/cobalt"], await EndsAsync(page, cobaltTie));
        // The page's address names the survivor once, and its panel (the merged entity's, before) shows the survivor.
        var query = Uri.UnescapeDataString(new Uri(page.Url).Query);
        Assert.Contains($"focus={survivor}&", query);
        Assert.DoesNotContain(merged, query);
        await Assertions.Expect(page.Locator($"#panel-body .entity-panel[data-id=\"{survivor}\"] .aliases")).ToContainTextAsync($"Beta Miner {suffix}", Soon);
        await Assertions.Expect(page.Locator("#live-notice")).ToContainTextAsync($"Beta Miner {suffix} merged into Alpha Miner {suffix}", Soon);
        await explorer.ScreenshotAsync("live-merged");

        // A link made before the merge still opens: the survivor, with the ties of both, drawn once.
        await explorer.GotoAsync($"/?focus={merged}&sel={merged}");
        Assert.True(await explorer.HasAsync(survivor));
        Assert.False(await explorer.HasAsync(merged));
        Assert.True(await explorer.HasAsync(lithiumTie));
        Assert.True(await explorer.HasAsync(cobaltTie));
        Assert.Equal((3, 2), await explorer.CountsAsync());
        await Assertions.Expect(page.Locator($"#panel-body .entity-panel[data-id=\"{survivor}\"]")).ToBeVisibleAsync();
        Assert.Contains($"focus={survivor}", Uri.UnescapeDataString(new Uri(page.Url).Query));
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACorrectedTie_ShowsTheCorrectionInItsOpenPanel_AndARenamedEndItsNewName()
    {
        await using var curated = new CuratedServer();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var first = $"source/gamma-wire-{suffix}";
        var correction = $"source/gamma-correction-{suffix}";
        var company = $"company/gamma-miner-{suffix}";
        await curated.AddSourceAsync(first, "Gamma Miner begins production", "Gamma Miner said it had begun producing lithium in March 2026.");
        await curated.AddSourceAsync(correction, "Gamma Miner corrects its statement", "Gamma Miner corrected its statement: it began producing lithium in November 2025.");
        await curated.CreateCompanyAsync(company, $"Gamma Miner {suffix}");
        var tie = await curated.AssertAsync(new
        {
            kind = "PRODUCES", from = company, to = "mineral/lithium", since = "2026-03",
            evidence = new[] { new { source = first, quote = "had begun producing lithium in March 2026" } },
        });

        var (page, consoleErrors) = await OpenAsync(curated, $"Gamma Miner {suffix}", company);
        var explorer = new ExplorerPage(page, output);
        await explorer.ClickDrawnAsync(tie);
        var panel = page.Locator($"#panel-body .relation-panel[data-id=\"{tie}\"]");
        await Assertions.Expect(panel).ToContainTextAsync("since 2026-03");
        await Assertions.Expect(panel).Not.ToContainTextAsync("2025-11");

        // The curator corrects the claim: the corrected tie, from the correcting document, disputing the first.
        var corrected = await curated.AssertAsync(new
        {
            kind = "PRODUCES", from = company, to = "mineral/lithium", since = "2025-11", disputedBy = new[] { tie },
            evidence = new[] { new { source = correction, quote = "it began producing lithium in November 2025" } },
        });
        await Assertions.Expect(panel).ToContainTextAsync("since 2025-11", Soon);
        await Assertions.Expect(panel).ToContainTextAsync("it began producing lithium in November 2025");
        await Assertions.Expect(panel.Locator("#disputed-badge")).ToBeVisibleAsync();
        Assert.Equal(tie, await page.EvaluateAsync<string?>("() => window.mgExplorer.selected()"));
        await explorer.WaitForElementAsync(corrected);
        Assert.Contains("disputed", (await explorer.ClassesAsync(tie))!.Split(' '));

        // An end renamed: the open panel and the drawing say the new name.
        await curated.CurateAsync("mutation($id: ID!, $fields: EntityFieldsInput!) { updateEntity(id: $id, fields: $fields) { change { sequence } } }",
            new { id = company, fields = new { name = $"Gamma Minerals {suffix}" } });
        await Assertions.Expect(panel.Locator($".entity-chip[data-id=\"{company}\"]")).ToContainTextAsync($"Gamma Minerals {suffix}", Soon);
        await page.WaitForFunctionAsync("([id, name]) => window.mgExplorer.labelOf(id) === name", new object[] { company, $"Gamma Minerals {suffix}" }, new() { Timeout = 10_000 });
        // The other end, drawn but never opened, renamed too.
        await curated.CurateAsync("mutation($id: ID!, $fields: EntityFieldsInput!) { updateEntity(id: $id, fields: $fields) { change { sequence } } }",
            new { id = "mineral/lithium", fields = new { name = $"Lithium {suffix}" } });
        await page.WaitForFunctionAsync("([id, name]) => window.mgExplorer.labelOf(id) === name", new object[] { "mineral/lithium", $"Lithium {suffix}" }, new() { Timeout = 10_000 });
        await Assertions.Expect(panel.Locator(".entity-chip[data-id=\"mineral/lithium\"]")).ToContainTextAsync($"Lithium {suffix}", Soon);
        await explorer.ScreenshotAsync("live-corrected");
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task APathThroughARetractedTie_IsAskedForAgain()
    {
        await using var curated = new CuratedServer();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var source = $"source/delta-wire-{suffix}";
        var owner = $"company/delta-holdings-{suffix}";
        var owned = $"company/delta-mining-{suffix}";
        await curated.AddSourceAsync(source, "Delta Holdings buys Delta Mining", "Delta Holdings now owns Delta Mining outright.");
        await curated.CreateCompanyAsync(owner, $"Delta Holdings {suffix}");
        await curated.CreateCompanyAsync(owned, $"Delta Mining {suffix}");
        var tie = await curated.AssertAsync(new
        {
            kind = "OWNS", from = owner, to = owned,
            evidence = new[] { new { source, quote = "Delta Holdings now owns Delta Mining outright" } },
        });

        // A link to the path between the two, with nothing opened: the path's ends are what the page watches.
        var (page, consoleErrors) = await fixture.NewPageAsync(curated.Server);
        var explorer = new ExplorerPage(page, output);
        await page.GotoAsync(new Uri(curated.Server.BaseAddress, $"/?from={owner}&to={owned}").ToString());
        await explorer.WaitIdleAsync();
        await Assertions.Expect(page.Locator($".path-result .hop[data-id=\"{tie}\"]")).ToBeVisibleAsync();
        await WaitLiveAsync(page);

        await curated.CurateAsync("mutation($id: ID!, $reason: String!) { retractRelation(id: $id, reason: $reason) { change { sequence } } }",
            new { id = tie, reason = "The sale fell through." });
        await explorer.WaitForElementAsync(tie, present: false, timeoutMs: 10_000);
        await Assertions.Expect(page.Locator("#path-empty")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator(".path-result")).ToHaveCountAsync(0);
        Assert.True(await explorer.HasAsync(owner));
        Assert.True(await explorer.HasAsync(owned));
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }

    /// <summary>A fresh page on the test's server with one entity's ties drawn and the live feed open.</summary>
    async Task<(IPage Page, List<string> ConsoleErrors)> OpenAsync(CuratedServer curated, string name, string id)
    {
        var (page, consoleErrors) = await fixture.NewPageAsync(curated.Server);
        var explorer = new ExplorerPage(page, output);
        await page.GotoAsync(new Uri(curated.Server.BaseAddress, "/").ToString());
        await explorer.WaitIdleAsync();
        await explorer.SearchAndPickAsync("#search", name, id);
        await WaitLiveAsync(page);
        return (page, consoleErrors);
    }

    /// <summary>Waits until the page's subscription for what it now shows is open, so a change from now on reaches it.</summary>
    static Task WaitLiveAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.body.dataset.live === 'open'", null, new() { Timeout = 15_000 });

    static async Task<string[]> EndsAsync(IPage page, string tie) =>
        (await page.EvaluateAsync<JsonElement>("id => window.mgExplorer.endsOf(id)", tie)).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
