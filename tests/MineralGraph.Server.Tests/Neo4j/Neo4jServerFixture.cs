using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Seed;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Store.Neo4j.Loading;
using MineralGraph.Testing;
using MineralGraph.Testing.Neo4j;

namespace MineralGraph.Server.Tests.Neo4j;

/// <summary>
/// The real server (Program, MINERALGRAPH_STORE=neo4j) on this test run's shared Neo4j, loaded once with the real
/// graph-seed, so the HTTP tests written for the embedded store run unchanged on Neo4j. The read cache is on, as in
/// production; <see cref="Neo4jUncachedServerFixture"/> turns it off for tests that count round trips.
/// </summary>
public class Neo4jServerFixture : IServerFixture, IAsyncLifetime
{
    static readonly Lazy<Task<Neo4jInstance>> loaded = new(LoadRealSeedAsync);
    MineralGraphFactory? factory;

    public async Task InitializeAsync()
    {
        var instance = await loaded.Value;
        var settings = Settings(instance);
        Adjust(settings);
        factory = new MineralGraphFactory(settings);
        _ = factory.Server; // start now: a start-up failure shows here, once, not in every test
    }

    /// <summary>Changes the settings before the server starts.</summary>
    protected virtual void Adjust(Dictionary<string, string?> settings)
    {
    }

    public HttpClient CreateClient() => factory!.CreateClient();

    public IServiceProvider Services => factory!.Services;

    /// <summary>What the server reads to run on <paramref name="instance"/>, as an operator would set it.</summary>
    public static Dictionary<string, string?> Settings(Neo4jInstance instance, bool patient = true)
    {
        var settings = new Dictionary<string, string?>(instance.Settings) { ["MINERALGRAPH_STORE"] = "neo4j" };
        if (patient)
        {
            // A fresh JVM compiles each new statement slowly once; the production timeouts are exercised by FaultTests.
            settings["Neo4j:AttemptTimeout"] = "00:00:30";
            settings["Neo4j:TotalTimeout"] = "00:01:00";
            settings["Limits:ExecutionTimeout"] = "00:01:00";
        }
        return settings;
    }

    /// <summary>This run's shared Neo4j, loaded once with the real graph-seed.</summary>
    public static Task<Neo4jInstance> LoadedAsync() => loaded.Value;

    static async Task<Neo4jInstance> LoadRealSeedAsync()
    {
        var instance = await Neo4jServers.SharedAsync();
        await LoadRealSeedAsync(instance);
        return instance;
    }

    /// <summary>Replaces the database's contents with the real graph-seed (source texts included), dropping any curated changes.</summary>
    public static async Task LoadRealSeedAsync(Neo4jInstance instance)
    {
        await using var services = Neo4jFixture.CreateServices(instance, Neo4jFixture.Patient);
        var directory = RepositoryPaths.GraphSeed;
        await services.GetRequiredService<Neo4jSeedWriter>().WriteAsync(SeedLoader.LoadValid(directory),
            new SeedWriteOptions { Mode = SeedWriteMode.Atomic, SeedDirectory = directory, DiscardCuratedChanges = true });
    }

    public Task DisposeAsync()
    {
        factory?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The same server with <c>ReadCache:Enabled=false</c>: every read goes to Neo4j, so round trips can be counted.</summary>
public sealed class Neo4jUncachedServerFixture : Neo4jServerFixture
{
    protected override void Adjust(Dictionary<string, string?> settings) => settings["ReadCache:Enabled"] = "false";
}
