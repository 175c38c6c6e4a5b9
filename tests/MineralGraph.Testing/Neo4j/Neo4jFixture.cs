using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Seed;
using MineralGraph.Store.Neo4j;
using MineralGraph.Store.Neo4j.Loading;
using MineralGraph.Store.Neo4j.QueryApi;
using Xunit;

namespace MineralGraph.Testing.Neo4j;

/// <summary>
/// An xunit fixture over the shared Neo4j of this test assembly (<see cref="Neo4jServers.SharedAsync"/>), with the
/// Neo4j store's services wired to it. Community edition has one database, so classes that load different
/// seeds must share one xunit collection (they then run one after another) and load in their own fixture.
/// </summary>
public class Neo4jFixture : IAsyncLifetime
{
    ServiceProvider? services;

    public Neo4jInstance Instance { get; private set; } = null!;
    public IServiceProvider Services => services ?? throw new InvalidOperationException("the fixture is not initialised");

    /// <summary>
    /// False until <see cref="InitializeAsync"/> ran: xunit disposes the class fixtures of a class whose tests were
    /// all skipped (no Neo4j here) without initialising them.
    /// </summary>
    protected bool IsInitialised => services is not null;
    public Neo4jGraphStore Store => Services.GetRequiredService<Neo4jGraphStore>();
    public Neo4jQueryApiClient Client => Services.GetRequiredService<Neo4jQueryApiClient>();

    public virtual async Task InitializeAsync()
    {
        Instance = await Neo4jServers.SharedAsync();
        services = CreateServices(Instance, Patient);
        if (await services.PrepareNeo4jAsync() is { } problem) throw new InvalidOperationException(problem);
    }

    /// <summary>
    /// Timeouts for tests: a fresh JVM on a busy machine compiles each new statement slowly the first time. The
    /// production defaults are exercised by the fault tests.
    /// </summary>
    public static void Patient(Neo4jOptions options)
    {
        options.AttemptTimeout = TimeSpan.FromSeconds(30);
        options.TotalTimeout = TimeSpan.FromSeconds(60);
    }

    /// <summary>Writes <paramref name="graph"/> so the database holds exactly it.</summary>
    public Task<Neo4jSeedWriteResult> LoadAsync(SeedGraph graph) => Services.GetRequiredService<Neo4jSeedWriter>().WriteAsync(graph);

    /// <summary>
    /// The Neo4j store's services for <paramref name="instance"/>, configured the way the server configures them, with
    /// any further <paramref name="settings"/> (e.g. <c>ReadCache:Enabled</c>).
    /// </summary>
    public static ServiceProvider CreateServices(Neo4jInstance instance, Action<Neo4jOptions>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(instance.Settings).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        return new ServiceCollection().AddNeo4jGraphStore(configuration, configure).BuildServiceProvider();
    }

    public virtual async Task DisposeAsync()
    {
        if (services is not null) await services.DisposeAsync();
    }
}
