using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// Readiness on Neo4j: one id lookup sent straight to Neo4j — never answered from the read cache, never waiting in the
/// coalescer's line behind slow reads (which leave Neo4j a worker thread free: <see cref="Neo4jOptions.MaxReadsInFlight"/>).
/// </summary>
public sealed class Neo4jReadiness(Neo4jQueryApiClient client) : IStoreReadiness
{
    public Task CheckAsync(CancellationToken cancellationToken) =>
        client.ReadAsync(EntityByIdCypher.Statement(LookupReadiness.ProbeId), cancellationToken);
}
