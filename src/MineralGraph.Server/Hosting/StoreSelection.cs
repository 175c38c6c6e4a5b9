using MineralGraph.Domain.Seed;
using MineralGraph.GraphQL.Validation;
using MineralGraph.Store.Embedded;
using MineralGraph.Store.Neo4j;

namespace MineralGraph.Server.Hosting;

public enum StoreKind
{
    Embedded,
    Neo4j,
}

public static class StoreSelection
{
    /// <summary>
    /// Registers the store named by <c>MINERALGRAPH_STORE</c> or <c>Store:Kind</c>: <c>embedded</c> (default: the
    /// seed graph in memory, loaded from <c>Seed:Directory</c> or the graph-seed folder found upwards; curated changes
    /// kept in <c>Curation:JournalPath</c> when set) or <c>neo4j</c>.
    /// </summary>
    public static StoreKind AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var name = (configuration["MINERALGRAPH_STORE"] ?? configuration["Store:Kind"] ?? "embedded").Trim();
        switch (name.ToLowerInvariant())
        {
            case "embedded" when SyntheticSeed.Parse(configuration["Seed:Synthetic"]) is { } synthetic:
                services.AddEmbeddedGraphStore(synthetic);
                services.AddSingleton(CurationOff.Synthetic(!string.IsNullOrWhiteSpace(configuration["Curation:JournalPath"])));
                return StoreKind.Embedded;
            case "embedded":
                var journal = configuration["Curation:JournalPath"];
                services.AddEmbeddedGraphStore(SeedDirectory.From(configuration), journal);
                if (string.IsNullOrWhiteSpace(journal)) services.AddSingleton(CurationOff.NoJournal);
                return StoreKind.Embedded;
            case "neo4j":
                // Every read carries a Neo4j timeout no longer than a request may take, so none outlives its request there.
                var limits = configuration.GetSection(QueryLimits.Section).Get<QueryLimits>() ?? new QueryLimits();
                services.AddNeo4jGraphStore(configuration, o => o.CallerTimeout = limits.ExecutionTimeout);
                return StoreKind.Neo4j;
            default:
                throw new InvalidOperationException($"Store:Kind (or MINERALGRAPH_STORE) is '{name}'; use 'embedded' or 'neo4j'.");
        }
    }
}
