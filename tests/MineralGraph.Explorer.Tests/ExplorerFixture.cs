using System.Collections.Concurrent;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// One server and one browser for all the explorer tests; every request any page makes is recorded. The browser
/// starts with the first page, so the HTTP tests in the collection (exports) run without Chromium.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    public ExplorerServer Server { get; private set; } = null!;
    bool started;
    readonly SemaphoreSlim launching = new(1, 1);
    (IPlaywright Playwright, IBrowser Browser)? chromium;

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The origins of the servers pages were opened on: the shared one, and any a test starts for itself.</summary>
    public ConcurrentDictionary<string, bool> ServerOrigins { get; } = new();

    public Task InitializeAsync()
    {
        Server = new ExplorerServer();
        started = true;
        return Task.CompletedTask;
    }

    /// <summary>
    /// A fresh page (own context: no shared cache or storage) on the shared server, or on <paramref name="server"/> when a
    /// test starts its own; its requests and console errors are recorded.
    /// </summary>
    public async Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync(ExplorerServer? server = null)
    {
        var address = (server ?? Server).BaseAddress;
        ServerOrigins.TryAdd(address.GetLeftPart(UriPartial.Authority), true);
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BaseURL = address.ToString() });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Request += (_, request) => Requests.Enqueue(request.Url);
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add(message.Text); };
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };
        return (page, errors);
    }

    async Task<IBrowser> BrowserAsync()
    {
        await launching.WaitAsync();
        try
        {
            chromium ??= await Browser.LaunchAsync();
            return chromium.Value.Browser;
        }
        finally
        {
            launching.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (chromium is { } launched)
        {
            await launched.Browser.DisposeAsync();
            launched.Playwright.Dispose();
        }
        // Not started when every test of the collection was skipped.
        if (started) await Server.DisposeAsync();
        launching.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "explorer";
}
