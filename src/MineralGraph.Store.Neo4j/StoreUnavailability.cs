using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// The store boundary's view of Neo4j failures, shared by the read and write sides: transient errors (after the
/// client's retries) and refused credentials mean "Neo4j cannot answer now" and surface as
/// <see cref="StoreUnavailableException"/>, as <see cref="IGraphStore"/> promises (GraphQL answers 503).
/// </summary>
internal static class StoreUnavailability
{
    public static bool Means(Exception e) => e is Neo4jTransientException or Neo4jAuthenticationException;

    public static StoreUnavailableException Of(Neo4jQueryApiClient client, Exception e) => e is Neo4jTransientException transient
        ? new StoreUnavailableException($"Neo4j at {client.Endpoint} is busy: {transient.ServerMessage}", e)
        : new StoreUnavailableException($"Neo4j at {client.Endpoint} refused the configured credentials ({((Neo4jException)e).Code})", e);

    /// <summary>A read whose "cannot answer now" failures are <see cref="StoreUnavailableException"/>s.</summary>
    public static async Task<QueryResult> ReadForStoreAsync(this Neo4jQueryApiClient client, CypherStatement statement, CancellationToken cancellationToken)
    {
        try
        {
            return await client.ReadAsync(statement, cancellationToken);
        }
        catch (Exception e) when (Means(e))
        {
            throw Of(client, e);
        }
    }
}
