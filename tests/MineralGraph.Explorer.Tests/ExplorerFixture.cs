using System.Collections.Concurrent;

namespace MineralGraph.Explorer.Tests;

/// <summary>One server and one browser for all the explorer tests; every request any page makes is recorded.</summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    public ExplorerServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    IPlaywright playwright = null!;

    public ConcurrentQueue<string> Requests { get; } = new();

    public async Task InitializeAsync()
    {
        Server = new ExplorerServer();
        (playwright, Browser) = await Tests.Browser.LaunchAsync();
    }

    /// <summary>A fresh page (own context: no shared cache or storage) whose requests and console errors are recorded.</summary>
    public async Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BaseURL = Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Request += (_, request) => Requests.Enqueue(request.Url);
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add(message.Text); };
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "explorer";
}
