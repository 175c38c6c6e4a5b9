using MineralGraph.Testing;

namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>
/// A server process of its own (Kestrel on loopback) on the embedded store and the real seed, for tests that need
/// the real network stack, the process's CPU time or a log that holds only what they caused.
/// </summary>
public sealed class EmbeddedServerProcessFixture : IAsyncLifetime
{
    public ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync(new Dictionary<string, string?>
    {
        ["Store:Kind"] = "embedded",
        ["Seed:Directory"] = RepositoryPaths.GraphSeed,
    }, TimeSpan.FromSeconds(90));

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
