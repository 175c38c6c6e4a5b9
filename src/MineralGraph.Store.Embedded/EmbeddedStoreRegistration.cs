using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Curation;

namespace MineralGraph.Store.Embedded;

public static class EmbeddedStoreRegistration
{
    /// <summary>
    /// Loads the seed once, now, so an invalid seed stops start-up with <see cref="InvalidSeedException"/>
    /// (every error listed) rather than failing on the first request; registers one store as
    /// <see cref="IGraphStore"/> and as <see cref="EmbeddedGraphStore"/>. With a <paramref name="journalPath"/>,
    /// curated changes are kept in that SQLite file, replayed over the seed now (a change that no longer applies
    /// stops start-up), and the store's write side is registered as <see cref="ICurationStore"/>.
    /// </summary>
    /// <summary>Registers a store over a graph already in memory (a synthetic graph for benchmarks); it takes no curated changes.</summary>
    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services, SeedGraph graph)
    {
        var store = new EmbeddedGraphStore(graph);
        services.AddSingleton(store);
        services.AddSingleton<IGraphStore>(store);
        return services;
    }

    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services, string seedDirectory, string? journalPath = null)
    {
        var seed = SeedLoader.LoadValid(seedDirectory);
        var store = new EmbeddedGraphStore(seed);
        services.AddSingleton(store);
        services.AddSingleton<IGraphStore>(store);
        if (!string.IsNullOrWhiteSpace(journalPath))
        {
            var curation = new EmbeddedCurationStore(store, seed, seedDirectory, new SqliteChangeJournal(journalPath));
            services.AddSingleton(curation);
            services.AddSingleton<ICurationStore>(curation);
            services.AddSingleton(curation.Signal);
        }
        return services;
    }
}
