using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

/// <summary>The explorer page as a person uses it: typing, picking suggestions, clicking where things are drawn.</summary>
public sealed class ExplorerPage(IPage page, ITestOutputHelper output)
{
    public IPage Page => page;

    public async Task GotoAsync(string path = "/")
    {
        await page.GotoAsync(path);
        await WaitIdleAsync();
    }

    /// <summary>Waits until no action of the page is running (body[data-busy=false]).</summary>
    public Task WaitIdleAsync() =>
        page.WaitForFunctionAsync("() => document.body.dataset.busy === 'false'", null, new() { Timeout = 30_000 });

    public async Task SearchAndPickAsync(string inputSelector, string text, string id)
    {
        var input = page.Locator(inputSelector);
        await input.ClickAsync();
        await input.FillAsync("");
        await input.PressSequentiallyAsync(text, new() { Delay = 30 });
        var suggestion = page.Locator($"#{await input.GetAttributeAsync("aria-controls")} .suggestion[data-id=\"{id}\"]");
        await suggestion.WaitForAsync(new() { Timeout = 15_000 });
        await suggestion.ClickAsync();
        await WaitIdleAsync();
    }

    public Task<bool> HasAsync(string id) => page.EvaluateAsync<bool>("id => window.mgExplorer.has(id)", id);

    public Task WaitForElementAsync(string id, bool present = true, int timeoutMs = 20_000) =>
        page.WaitForFunctionAsync("([id, present]) => window.mgExplorer.has(id) === present", new object[] { id, present }, new() { Timeout = timeoutMs });

    public async Task<(int Nodes, int Edges)> CountsAsync()
    {
        var counts = await page.EvaluateAsync<JsonElement>("() => window.mgExplorer.counts()");
        return (counts.GetProperty("nodes").GetInt32(), counts.GetProperty("edges").GetInt32());
    }

    public Task<string?> ClassesAsync(string id) => page.EvaluateAsync<string?>("id => { const c = window.mgExplorer.classesOf(id); return c && c.join(' '); }", id);

    /// <summary>Clicks a node or an edge where it is drawn, with the mouse.</summary>
    public async Task ClickDrawnAsync(string id)
    {
        await WaitForElementAsync(id);
        var point = await page.EvaluateAsync<JsonElement>("id => window.mgExplorer.pagePoint(id)", id);
        await page.Mouse.ClickAsync((float)point.GetProperty("x").GetDouble(), (float)point.GetProperty("y").GetDouble());
        await WaitIdleAsync();
    }

    /// <summary>Clicks the date slider where <paramref name="day"/> lies on it.</summary>
    public async Task MoveSliderToAsync(DateOnly day)
    {
        var (x, y) = await SliderPointAsync(day);
        await page.Mouse.ClickAsync(x, y);
    }

    /// <summary>Where on the date slider <paramref name="day"/> lies, in page coordinates.</summary>
    public async Task<(float X, float Y)> SliderPointAsync(DateOnly day)
    {
        var slider = page.Locator("#asof-slider");
        var box = (await slider.BoundingBoxAsync())!;
        var max = double.Parse((await slider.GetAttributeAsync("max"))!, CultureInfo.InvariantCulture);
        var offset = day.DayNumber - new DateOnly(2000, 1, 1).DayNumber;
        // The thumb's centre travels between half a thumb from each end; ~16 px thumbs.
        const double thumb = 16;
        var x = box.X + thumb / 2 + (box.Width - thumb) * (offset / max);
        return ((float)x, box.Y + box.Height / 2);
    }

    public async Task<JsonElement> LastDrawAsync() => await page.EvaluateAsync<JsonElement>("() => window.mgExplorer.timings.lastDraw");

    /// <summary>
    /// A screenshot kept for review: <c>screenshots/&lt;fileName&gt;</c> in the test output (TestResults), and under
    /// <c>VSTestResultsDirectory</c> too when that is set; each full path is printed with the test output and on the console.
    /// </summary>
    public async Task<IReadOnlyList<string>> ScreenshotForReviewAsync(string fileName)
    {
        var paths = new List<string> { Path.Combine(Browser.ScreenshotFolder, fileName) };
        if (Environment.GetEnvironmentVariable("VSTestResultsDirectory") is { Length: > 0 } results)
        {
            var folder = Path.Combine(results, "screenshots");
            Directory.CreateDirectory(folder);
            paths.Add(Path.Combine(folder, fileName));
        }
        var png = await page.ScreenshotAsync(new() { Path = paths[0] });
        foreach (var path in paths.Skip(1)) await File.WriteAllBytesAsync(path, png);
        foreach (var path in paths)
        {
            output.WriteLine($"screenshot for review: {Path.GetFullPath(path)}");
            Console.WriteLine($"screenshot for review: {Path.GetFullPath(path)}");
        }
        return paths;
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(Browser.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path });
        output.WriteLine($"screenshot: {path}");
        return path;
    }
}
