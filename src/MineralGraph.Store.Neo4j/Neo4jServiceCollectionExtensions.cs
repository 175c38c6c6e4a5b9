using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j.Coalescing;
using MineralGraph.Domain.Curation;
using MineralGraph.Store.Neo4j.Curation;
using MineralGraph.Store.Neo4j.Loading;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Neo4j.Reading;
using MineralGraph.Store.Neo4j.Resilience;
using MineralGraph.Store.Neo4j.Versioning;
using Polly;

namespace MineralGraph.Store.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Neo4j store as <see cref="IGraphStore"/> and <see cref="ICurationStore"/>, and its spans
    /// source as a <see cref="StoreActivitySource"/>, configured from <c>NEO4J_URI</c>, <c>NEO4J_USER</c>,
    /// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c> (or <c>Neo4j:Uri</c>…), with options validated at start-up.
    /// Reads go through the read cache (section <c>ReadCache</c>) and the coalescer (section <c>Coalescing</c>); the
    /// readiness check (<see cref="IStoreReadiness"/>) goes straight to Neo4j.
    /// Call <see cref="Neo4jStartup.PrepareAsync"/> before serving to check the connection and apply the schema.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration, Action<Neo4jOptions>? configure = null)
    {
        services.AddOptions<Neo4jOptions>()
            .Configure(o =>
            {
                o.Apply(configuration);
                configure?.Invoke(o);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.AddOptions<CoalescingOptions>().Configure(o => o.Apply(configuration)).ValidateOnStart();
        services.AddOptions<ReadCacheOptions>().Configure(o => o.Apply(configuration)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CoalescingOptions>, ReadOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReadCacheOptions>, ReadOptionsValidator>());

        services.AddHttpClient(Neo4jQueryApiClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Short-lived pooled connections notice a restarted or moved server quickly.
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectTimeout = TimeSpan.FromSeconds(3),
            });
        services.AddResiliencePipeline(Neo4jResilience.PipelineKey, (builder, context) =>
            Neo4jResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value));

        services.TryAddSingleton<Neo4jQueryApiClient>();
        services.TryAddSingleton<GraphVersion>();
        services.TryAddSingleton<ReadCache>();
        services.TryAddSingleton<ReadCoalescer>();
        services.TryAddSingleton<GraphReader>();
        services.TryAddSingleton<IStoreReadiness, Neo4jReadiness>();
        services.TryAddSingleton<Neo4jSchema>();
        services.TryAddSingleton<Neo4jSeedWriter>();
        services.TryAddSingleton<Neo4jStartup>();
        services.TryAddSingleton<Neo4jGraphStore>();
        services.TryAddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.TryAddSingleton<Neo4jCurationStore>();
        services.TryAddSingleton<ICurationStore>(sp => sp.GetRequiredService<Neo4jCurationStore>());
        services.TryAddSingleton<Neo4jChangeSignal>();
        services.TryAddSingleton<IChangeSignal>(sp => sp.GetRequiredService<Neo4jChangeSignal>());
        services.AddSingleton(new StoreActivitySource(Neo4jTelemetry.Name));
        return services;
    }
}
