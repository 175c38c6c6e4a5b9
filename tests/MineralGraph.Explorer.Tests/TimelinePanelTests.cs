using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// The timeline panel in a real Chromium against the real server: Mexico's timeline in date order (the API's order,
/// coarse dates as spans, expected dates hollow), a click selecting the tie, the date slider moving the marker.
/// </summary>
[RequiresChromium]
[Collection(ExplorerCollection.Name)]
public class TimelinePanelTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    const string Mexico = "government/mexico";
    const string SheinbaumPresident = "rel/sheinbaum-holds-president-of-mexico"; // since 2024-10-01

    [Fact]
    public async Task TimelineOfMexico_ListsItsItemsInDateOrder_AClickSelectsTheTie_TheSliderMovesTheMarker()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var explorer = new ExplorerPage(page, output);
        await explorer.GotoAsync($"/?focus={Mexico}");
        await page.ClickAsync("#timeline-toggle");
        await explorer.WaitIdleAsync();
        var rows = page.Locator("#timeline-list .timeline-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.Contains("timeline=1", page.Url);

        // The entities covered (the export links carry them): Mexico, opened first, then the others on screen.
        var ids = IdsOf(await page.Locator("#timeline-csv").GetAttributeAsync("href"));
        Assert.Equal(Mexico, ids[0]);
        Assert.InRange(ids.Count, 2, 20);
        var (nodes, _) = await explorer.CountsAsync();
        Assert.Equal(Math.Min(nodes, 20), ids.Count);
        Assert.Equal(IdsOf(await page.Locator("#timeline-json").GetAttributeAsync("href")), ids);
        Assert.Contains("format=timelinejs", await page.Locator("#timeline-json").GetAttributeAsync("href"));

        // The list shows the API's items for those ids, in its (date) order: dated items by their first day, then
        // those whose date has no year, apart.
        var items = await TimelineAsync(ids);
        Assert.NotEmpty(items);
        var rendered = await rows.EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.id, r.dataset.earliest, r.classList.contains('without-year') ? 'apart' : ''])");
        Assert.Equal(items.Select(i => i.Id), rendered.Select(r => r[0]));
        var earliest = rendered.Where(r => r[2] == "").Select(r => DateOnly.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.True(earliest.Count > 3, "several dated items");
        Assert.Equal(earliest.Order(), earliest);
        var firstApart = Array.FindIndex(rendered, r => r[2] == "apart");
        if (firstApart >= 0) Assert.All(rendered[firstApart..], r => Assert.Equal("apart", r[2]));
        Assert.Contains(items, i => i.Kind == "RELATION" && i.Target is { } t && t.Contains("mexico", StringComparison.Ordinal));

        // On the axis: every dated item, a coarse date as a span as wide as its days, an expected one hollow and labelled.
        var axisItems = page.Locator("#timeline-axis .timeline-item");
        Assert.Equal(earliest.Count, await axisItems.CountAsync());
        var ticks = await page.Locator("#timeline-axis .timeline-tick").EvaluateAllAsync<double[]>("ts => ts.map(t => t.offsetLeft)");
        var yearWidth = ticks[1] - ticks[0];
        foreach (var item in items.Where(i => i.Earliest is not null))
        {
            var drawn = axisItems.And(page.Locator($"[data-id=\"{item.Id}\"]"));
            var classes = await drawn.GetAttributeAsync("class");
            var days = item.Latest!.Value.DayNumber - item.Earliest!.Value.DayNumber + 1;
            if (days >= 28)
            {
                Assert.Contains("span", classes);
                var bar = (await drawn.Locator(".timeline-bar").BoundingBoxAsync())!;
                Assert.InRange(bar.Width, yearWidth * days / 366.0 - 3, yearWidth * days / 365.0 + 3);
            }
            if (item.Expected)
            {
                Assert.Contains("expected", classes);
                await Assertions.Expect(drawn).ToContainTextAsync("expected");
            }
        }

        // Clicking an item of a tie selects the tie on the graph and highlights the item.
        var tie = items.First(i => i.Kind == "RELATION");
        await rows.And(page.Locator($"[data-id=\"{tie.Id}\"]")).Locator("button").ClickAsync();
        await explorer.WaitIdleAsync();
        Assert.Equal(tie.Target, await page.EvaluateAsync<string>("() => window.mgExplorer.selected()"));
        Assert.True(await page.EvaluateAsync<bool>("id => window.mgExplorer.isSelected(id)", tie.Target), "the tie is selected on the graph");
        await Assertions.Expect(page.Locator($".relation-panel[data-id=\"{tie.Target}\"]")).ToBeVisibleAsync();
        await Assertions.Expect(rows.And(page.Locator($"[data-id=\"{tie.Id}\"]"))).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await Assertions.Expect(axisItems.And(page.Locator($"[data-id=\"{tie.Id}\"]"))).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));

        // An event, agreement or measure selects its entity (drawing it when it is not drawn yet).
        if (items.FirstOrDefault(i => i.Kind != "RELATION" && i.Earliest is not null) is { } happening)
        {
            await axisItems.And(page.Locator($"[data-id=\"{happening.Id}\"]")).ClickAsync();
            await explorer.WaitIdleAsync();
            Assert.Equal(happening.Target, await page.EvaluateAsync<string>("() => window.mgExplorer.selected()"));
            await Assertions.Expect(page.Locator($".entity-panel[data-id=\"{happening.Target}\"]")).ToBeVisibleAsync();
        }

        // The date slider moves the marker: while it is dragged, and where it is let go.
        var marker = page.Locator("#timeline-marker");
        await Assertions.Expect(marker).ToBeHiddenAsync();
        await explorer.MoveSliderToAsync(new DateOnly(2021, 6, 1));
        await explorer.WaitIdleAsync();
        await Assertions.Expect(marker).ToBeVisibleAsync();
        var first = await MarkerAsync(page);
        Assert.Equal(await SliderDayAsync(page), first.Day);
        var (fromX, fromY) = await explorer.SliderPointAsync(new DateOnly(2021, 6, 1));
        var (toX, _) = await explorer.SliderPointAsync(new DateOnly(2025, 3, 1));
        await page.Mouse.MoveAsync(fromX, fromY);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(toX, fromY, new() { Steps = 8 });
        var dragged = await MarkerAsync(page);
        Assert.True(dragged.Day > first.Day && dragged.Left > first.Left, $"dragging moved the marker ({first.Day} at {first.Left:0} px → {dragged.Day} at {dragged.Left:0} px)");
        await page.Mouse.UpAsync();
        await explorer.WaitIdleAsync();
        var dropped = await MarkerAsync(page);
        Assert.Equal(await SliderDayAsync(page), dropped.Day);
        // It stands where its day falls between the year ticks.
        var yearTick = await page.Locator("#timeline-axis .timeline-tick").Filter(new() { HasText = dropped.Day.Year.ToString(CultureInfo.InvariantCulture) }).EvaluateAsync<double>("t => t.offsetLeft");
        var expectedLeft = yearTick + yearWidth * (dropped.Day.DayOfYear - 1) / (DateTime.IsLeapYear(dropped.Day.Year) ? 366.0 : 365.0);
        Assert.InRange(dropped.Left, expectedLeft - 2, expectedLeft + 2);

        // With the marker on that day, the start of a tie that held then is picked on the axis and selected.
        var presidency = items.First(i => i.Target == SheinbaumPresident);
        await axisItems.And(page.Locator($"[data-id=\"{presidency.Id}\"]")).ClickAsync();
        await explorer.WaitIdleAsync();
        Assert.True(await page.EvaluateAsync<bool>("id => window.mgExplorer.isSelected(id)", SheinbaumPresident), "the presidency is selected on the graph");
        await Assertions.Expect(axisItems.And(page.Locator($"[data-id=\"{presidency.Id}\"]"))).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await explorer.ScreenshotForReviewAsync("timeline.png");

        // The export links answer with the same items.
        using var csv = await fixture.Server.Http.GetAsync(await page.Locator("#timeline-csv").GetAttributeAsync("href"));
        Assert.True(csv.IsSuccessStatusCode, $"the CSV link answers {(int)csv.StatusCode}");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > items.Count / 2, "the CSV holds the timeline's items");
        using var json = await fixture.Server.Http.GetAsync(await page.Locator("#timeline-json").GetAttributeAsync("href"));
        Assert.True(json.IsSuccessStatusCode, $"the TimelineJS link answers {(int)json.StatusCode}");
        using var timelineJs = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.True(timelineJs.RootElement.GetProperty("events").GetArrayLength() > 0, "TimelineJS events");

        // Unticking "ties" leaves the events, agreements and measures of the same entities.
        await page.Locator("input[name=timeline-kind][value=RELATION]").UncheckAsync();
        await explorer.WaitIdleAsync();
        var nowIds = IdsOf(await page.Locator("#timeline-csv").GetAttributeAsync("href"));
        var happenings = (await TimelineAsync(nowIds)).Where(i => i.Kind != "RELATION").Select(i => i.Id).ToList();
        Assert.NotEmpty(happenings);
        Assert.Equal(happenings, await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"));
        var narrowed = await page.Locator("#timeline-csv").GetAttributeAsync("href");
        Assert.Contains("kinds=EVENT,AGREEMENT,MEASURE", narrowed);
        using var narrowedCsv = await fixture.Server.Http.GetAsync(narrowed);
        Assert.True(narrowedCsv.IsSuccessStatusCode, $"the narrowed CSV link answers {(int)narrowedCsv.StatusCode}");

        Assert.Empty(consoleErrors);
        await page.Context.CloseAsync();
    }

    sealed record Item(string Id, string Kind, string? Target, DateOnly? Earliest, DateOnly? Latest, bool Expected);

    async Task<List<Item>> TimelineAsync(IReadOnlyList<string> ids)
    {
        const string query = """
            query($ids: [ID!], $after: String) {
              timeline(ids: $ids, first: 100, after: $after) {
                pageInfo { hasNextPage endCursor }
                edges { node { id kind date { earliest latest expected } entity { id } relation { id } } }
              }
            }
            """;
        var items = new List<Item>();
        string? after = null;
        do
        {
            using var response = await fixture.Server.Http.PostAsJsonAsync("/graphql", new { query, variables = new { ids, after } });
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.False(body.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
            var timeline = body.RootElement.GetProperty("data").GetProperty("timeline");
            foreach (var edge in timeline.GetProperty("edges").EnumerateArray())
            {
                var node = edge.GetProperty("node");
                var date = node.GetProperty("date");
                var kind = node.GetProperty("kind").GetString()!;
                var target = kind == "RELATION" ? node.GetProperty("relation") : node.GetProperty("entity");
                items.Add(new Item(node.GetProperty("id").GetString()!, kind,
                    target.ValueKind == JsonValueKind.Object ? target.GetProperty("id").GetString() : null,
                    Day(date.GetProperty("earliest")), Day(date.GetProperty("latest")), date.GetProperty("expected").GetBoolean()));
            }
            var pageInfo = timeline.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return items;
    }

    static DateOnly? Day(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    static List<string> IdsOf(string? href)
    {
        Assert.NotNull(href);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), href).Query);
        return query["ids"]!.Split(',').ToList();
    }

    static async Task<(DateOnly Day, double Left)> MarkerAsync(IPage page)
    {
        var marker = await page.Locator("#timeline-marker").EvaluateAsync<JsonElement>("m => ({ day: m.dataset.day, left: m.offsetLeft })");
        return (DateOnly.ParseExact(marker.GetProperty("day").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), marker.GetProperty("left").GetDouble());
    }

    static async Task<DateOnly> SliderDayAsync(IPage page)
    {
        var label = await page.Locator("#asof-label").TextContentAsync();
        return DateOnly.ParseExact(label!["Ties that held on ".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
