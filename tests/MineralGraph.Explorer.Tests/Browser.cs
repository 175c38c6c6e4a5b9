using MineralGraph.Testing.Xunit;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// Headless Chromium from Debian (<see cref="Chromium.ExecutablePath"/>), driven by Playwright. Playwright never
/// downloads a browser here: the executable is always given. Test classes that use it are marked [RequiresChromium].
/// </summary>
public static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (Chromium.Prerequisite.Missing is { } missing) throw new InvalidOperationException(missing);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Where screenshots are kept: TestResults/screenshots under the test output folder.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
