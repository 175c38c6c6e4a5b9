using MineralGraph.Testing;

namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>
/// A server process of its own (Kestrel on loopback) on the embedded store with a fresh journal and the test curator
/// keys, with small subscription limits so tests can reach them: heartbeats every second, at most
/// <see cref="MaxStreams"/> streams per client, <see cref="BufferSize"/> changes waiting for a slow reader.
/// </summary>
public sealed class LiveServerFixture : IAsyncLifetime
{
    public const int MaxStreams = 6;
    public const int BufferSize = 4;

    readonly string folder = Directory.CreateTempSubdirectory("mg-live-").FullName;

    public ServerProcess Server { get; private set; } = null!;

    public static Dictionary<string, string?> Settings(string journal)
    {
        var settings = ICurationServerFixture.KeySettings();
        settings["Store:Kind"] = "embedded";
        settings["Seed:Directory"] = RepositoryPaths.GraphSeed;
        settings["Curation:JournalPath"] = journal;
        settings["Subscriptions:HeartbeatInterval"] = "00:00:01";
        settings["Subscriptions:MaxConnectionsPerClient"] = MaxStreams.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Subscriptions:BufferSize"] = BufferSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Subscriptions:SlowConsumerGrace"] = "00:00:20";
        return settings;
    }

    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync(Settings(Path.Combine(folder, "curation.db")), TimeSpan.FromSeconds(90));

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
