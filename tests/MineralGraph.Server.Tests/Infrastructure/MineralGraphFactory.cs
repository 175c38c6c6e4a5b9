using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Testing;

namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>
/// Hosts the real server (Program) in memory with the given settings; requests go through the whole ASP.NET
/// Core pipeline (routing, CORS, the GraphQL endpoint). <paramref name="decorateStore"/> may wrap the store.
/// </summary>
public sealed class MineralGraphFactory(
    IReadOnlyDictionary<string, string?> settings,
    Func<IGraphStore, IGraphStore>? decorateStore = null) : WebApplicationFactory<Program>
{
    /// <summary>Settings for the embedded store on the real seed graph.</summary>
    public static Dictionary<string, string?> EmbeddedSettings() => new()
    {
        ["Store:Kind"] = "embedded",
        ["Seed:Directory"] = RepositoryPaths.GraphSeed,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (decorateStore is null) return;
        builder.ConfigureTestServices(services =>
        {
            var inner = services.Last(d => d.ServiceType == typeof(IGraphStore));
            services.Add(ServiceDescriptor.Singleton<IGraphStore>(sp => decorateStore(Resolve(sp, inner))));
        });
    }

    static IGraphStore Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IGraphStore)(descriptor.ImplementationInstance
                      ?? descriptor.ImplementationFactory?.Invoke(services)
                      ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
