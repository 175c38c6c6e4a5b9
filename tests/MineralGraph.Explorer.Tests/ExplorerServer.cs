using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MineralGraph.Testing;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// The real server (Program.cs as shipped, the embedded store over graph-seed) listening with Kestrel on a free
/// loopback port, so a real browser can load the page and call the API over real HTTP.
/// </summary>
public sealed class ExplorerServer : IAsyncDisposable
{
    readonly WebApplicationFactory<Program> factory;

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    /// <param name="settings">More settings (a curation journal, keys), as an operator gives them.</param>
    public ExplorerServer(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var port = FreePort();
        factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(host =>
            {
                host.UseEnvironment("Production").UseSetting("Seed:Directory", RepositoryPaths.GraphSeed);
                foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) host.UseSetting(key, value);
            });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await factory.DisposeAsync();
    }
}
