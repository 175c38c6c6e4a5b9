using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Embedded;

public static class EmbeddedStoreRegistration
{
    /// <summary>
    /// Loads the seed once, now, so an invalid seed stops start-up with <see cref="InvalidSeedException"/>
    /// (every error listed) rather than failing on the first request; registers one store as
    /// <see cref="IGraphStore"/> and as <see cref="EmbeddedGraphStore"/>.
    /// </summary>
    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services, string seedDirectory)
    {
        var store = new EmbeddedGraphStore(SeedLoader.LoadValid(seedDirectory));
        services.AddSingleton(store);
        services.AddSingleton<IGraphStore>(store);
        return services;
    }
}
