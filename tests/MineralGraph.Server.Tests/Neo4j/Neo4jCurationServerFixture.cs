using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Testing.Neo4j;

namespace MineralGraph.Server.Tests.Neo4j;

/// <summary>
/// The real server on this run's shared Neo4j with curator keys. Curation changes the one database the other Neo4j
/// classes read, so its tests run alone (<see cref="Neo4jCurationAlone"/>) and the real seed is loaded again,
/// change records dropped, before and after them.
/// </summary>
public sealed class Neo4jCurationServerFixture : ICurationServerFixture, IAsyncLifetime
{
    Neo4jInstance? instance;
    MineralGraphFactory? factory;

    public async Task InitializeAsync()
    {
        instance = await Neo4jServerFixture.LoadedAsync();
        await Neo4jServerFixture.LoadRealSeedAsync(instance);
        var settings = Neo4jServerFixture.Settings(instance);
        foreach (var (key, value) in ICurationServerFixture.KeySettings()) settings[key] = value;
        factory = new MineralGraphFactory(settings);
        _ = factory.Server;
    }

    public HttpClient CreateClient() => factory!.CreateClient();

    public async Task DisposeAsync()
    {
        factory?.Dispose();
        if (instance is not null) await Neo4jServerFixture.LoadRealSeedAsync(instance);
    }
}

[CollectionDefinition(nameof(Neo4jCurationAlone), DisableParallelization = true)]
public sealed class Neo4jCurationAlone;
