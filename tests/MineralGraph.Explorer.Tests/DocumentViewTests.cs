using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Text;
using MineralGraph.Testing;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// "Read in the document" in a real Chromium against the real server: a tie's evidence opens the source's held text
/// at the quote, highlighted and scrolled into view; every other quoted passage is marked and a click on one draws
/// its tie; the permalink reopens the document at that passage.
/// </summary>
[RequiresChromium]
[Collection(ExplorerCollection.Name)]
public class DocumentViewTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    const string Mexico = "government/mexico";
    const string StrategicChoice = "source/canada-mexico-strategic-choice"; // seed article 002, the longest document
    const string MexicoProducesSilver = "rel/mexico-produces-silver"; // quoted past the first third of 002
    const string CarneyOnUsmca = "rel/carney-states-position-on-usmca"; // quoted in 002 too; not drawn around Mexico
    const string Carney = "official/mark-carney";

    [Fact]
    public async Task ReadInTheDocument_OpensAtTheQuoteHighlighted_EveryQuoteMarked_AClickDrawsItsTie_PermalinkReopens()
    {
        var evidence = RealSeed.Seed.Relations.Single(r => r.Id == MexicoProducesSilver).Evidence.Single(e => e.SourceId == StrategicChoice);
        var source = evidence.Source!;
        var held = QuoteText.Normalise(File.ReadAllText(Path.Combine(RepositoryPaths.GraphSeed, source.File!)));
        Assert.True(held.IndexOf(QuoteText.Normalise(evidence.Quote), StringComparison.Ordinal) > held.Length / 3,
            "the quote lies deep enough in the document that the pane has to scroll to it");
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);

        await explorer.GotoAsync($"/?focus={Mexico}&sel={MexicoProducesSilver}");
        var read = page.Locator($".relation-panel[data-id=\"{MexicoProducesSilver}\"] .read-document[data-source=\"{StrategicChoice}\"]");
        await read.ClickAsync();
        await explorer.WaitIdleAsync();

        // On top: title, publisher, date, the URL and whether the quote was checked; focus moved into the pane.
        var pane = page.Locator("#document-pane");
        await Assertions.Expect(pane).ToBeVisibleAsync();
        await Assertions.Expect(pane.Locator(".document-title")).ToHaveTextAsync(source.Name);
        if (source.Publisher is { } publisher) await Assertions.Expect(pane.Locator(".document-meta")).ToContainTextAsync(publisher);
        await Assertions.Expect(pane.Locator(".document-meta")).ToContainTextAsync(source.Date!.ToString()!);
        if (source.Url is { } url) await Assertions.Expect(pane.Locator(".document-url a")).ToHaveAttributeAsync("href", url);
        await Assertions.Expect(pane.Locator("#document-check")).ToHaveTextAsync("✓ Quote checked against the held text");
        Assert.True(await FocusIsInAsync(page, "#document-pane"), "focus moved into the document pane");

        // The quote, highlighted as the current passage and scrolled into view.
        await AssertCurrentPassageAsync(page, MexicoProducesSilver, evidence.Quote);
        Assert.True(await page.Locator("#document-text").EvaluateAsync<double>("e => e.scrollTop") > 0, "the text scrolled to the quote");

        // Every quoted passage is marked: the ties the marks name are exactly the ties citing this document.
        var citing = RealSeed.Seed.Relations.Where(r => r.Evidence.Any(e => e.SourceId == StrategicChoice)).Select(r => r.Id).Order().ToList();
        var marked = (await pane.Locator("mark.citation-mark").EvaluateAllAsync<string[]>("marks => marks.map(m => m.dataset.relations)"))
            .SelectMany(ids => ids.Split(' ')).Distinct().Order().ToList();
        Assert.Equal(citing, marked);
        Assert.True(await pane.Locator("mark.citation-mark:not(.current)").CountAsync() > 10, "the other quoted passages are highlighted too");

        // Esc closes the pane and gives focus back to the button that opened it; the button opens it again.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(pane).ToBeHiddenAsync();
        Assert.DoesNotContain("doc=", page.Url);
        Assert.True(await read.EvaluateAsync<bool>("b => document.activeElement === b"), "focus went back to “Read in the document”");
        await read.ClickAsync();
        await explorer.WaitIdleAsync();
        await AssertCurrentPassageAsync(page, MexicoProducesSilver, evidence.Quote);

        // Clicking another tie's passage draws that tie (and its end not drawn yet) and selects it.
        Assert.False(await explorer.HasAsync(Carney), "Carney is not drawn around Mexico");
        await pane.Locator($"mark.citation-mark[data-relation=\"{CarneyOnUsmca}\"]").First.ClickAsync();
        await explorer.WaitIdleAsync();
        await explorer.WaitForElementAsync(CarneyOnUsmca);
        Assert.True(await explorer.HasAsync(Carney), "the tie's end was drawn with it");
        Assert.Equal(CarneyOnUsmca, await page.EvaluateAsync<string>("() => window.mgExplorer.selected()"));
        Assert.True(await page.EvaluateAsync<bool>("id => window.mgExplorer.isSelected(id)", CarneyOnUsmca), "the tie is selected on the graph");
        await Assertions.Expect(page.Locator($".relation-panel[data-id=\"{CarneyOnUsmca}\"]")).ToBeVisibleAsync();
        var carneyQuote = RealSeed.Seed.Relations.Single(r => r.Id == CarneyOnUsmca).Evidence.Single(e => e.SourceId == StrategicChoice).Quote;
        await AssertCurrentPassageAsync(page, CarneyOnUsmca, carneyQuote);
        Assert.Contains($"doc={StrategicChoice}", page.Url);
        Assert.Contains($"at={CarneyOnUsmca}", page.Url);
        await explorer.ScreenshotForReviewAsync("document-view.png");

        // The permalink reopens the document at that passage, in a fresh page.
        var permalink = page.Url;
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
        var (again, againErrors) = await fixture.NewPageAsync();
        await new ExplorerPage(again, output).GotoAsync(permalink);
        await Assertions.Expect(again.Locator("#document-pane")).ToBeVisibleAsync();
        await AssertCurrentPassageAsync(again, CarneyOnUsmca, carneyQuote);
        Assert.Equal(CarneyOnUsmca, await again.EvaluateAsync<string>("() => window.mgExplorer.selected()"));
        Assert.Empty(againErrors);
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task PassagesOfAnOutsidePage_ShowAsSeparateBlocks_WithTheQuoteMarkedInItsPassage()
    {
        const string japanInMsp = "rel/japan-member-of-msp";
        const string stateDept = "source/state-dept-minerals-security-partnership";
        var evidence = RealSeed.Seed.Relations.Single(r => r.Id == japanInMsp).Evidence.Single(e => e.SourceId == stateDept);
        var passages = HeldText.Normalised(RepositoryPaths.GraphSeed, evidence.Source!.File!)!.Split('¶').Length;
        Assert.True(passages > 1, "the source holds several passages");
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);

        await explorer.GotoAsync($"/?focus=government/japan&sel={japanInMsp}");
        await page.Locator($".relation-panel[data-id=\"{japanInMsp}\"] .read-document[data-source=\"{stateDept}\"]").ClickAsync();
        await explorer.WaitIdleAsync();

        var pane = page.Locator("#document-pane");
        await Assertions.Expect(pane.Locator(".document-passages-note")).ToHaveTextAsync("Passages kept from the page; read the whole page at the URL.");
        Assert.Equal(passages, await pane.Locator("#document-text blockquote.document-block").CountAsync());
        await AssertCurrentPassageAsync(page, japanInMsp, evidence.Quote);
        Assert.Equal(1, await pane.Locator("blockquote.document-block:has(mark.current)").CountAsync());
        Assert.Contains("rel/canada-member-of-msp", await pane.Locator("mark.citation-mark.current").First.GetAttributeAsync("data-relations"));
        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }

    /// <summary>The current mark holds the quote (whitespace, case and quote marks aside), names the tie, and is in view.</summary>
    static async Task AssertCurrentPassageAsync(IPage page, string relationId, string quote)
    {
        var current = page.Locator("#document-pane mark.citation-mark.current");
        await Assertions.Expect(current.First).ToBeVisibleAsync();
        Assert.Equal(QuoteText.Normalise(quote), QuoteText.Normalise(string.Concat(await current.AllTextContentsAsync())));
        foreach (var relations in await current.EvaluateAllAsync<string[]>("marks => marks.map(m => m.dataset.relations)"))
            Assert.Contains(relationId, relations.Split(' '));
        var mark = (await current.First.BoundingBoxAsync())!;
        var scroller = (await page.Locator("#document-text").BoundingBoxAsync())!;
        Assert.True(mark.Y >= scroller.Y && mark.Y + mark.Height <= scroller.Y + scroller.Height,
            $"the passage (y {mark.Y:0}–{mark.Y + mark.Height:0}) is in view in the text (y {scroller.Y:0}–{scroller.Y + scroller.Height:0})");
    }

    static Task<bool> FocusIsInAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.querySelector(s).contains(document.activeElement)", selector);
}
