using Microsoft.Data.Sqlite;

namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>The server on the embedded store with a fresh SQLite journal of its own, on the real seed.</summary>
public sealed class EmbeddedCurationServerFixture : ICurationServerFixture, IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("mg-server-journal-").FullName;
    readonly MineralGraphFactory factory;

    public EmbeddedCurationServerFixture()
    {
        var settings = MineralGraphFactory.EmbeddedSettings();
        foreach (var (key, value) in ICurationServerFixture.KeySettings()) settings[key] = value;
        settings["Curation:JournalPath"] = Path.Combine(folder, "curation.db");
        factory = new MineralGraphFactory(settings);
    }

    public HttpClient CreateClient() => factory.CreateClient();

    public void Dispose()
    {
        factory.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
