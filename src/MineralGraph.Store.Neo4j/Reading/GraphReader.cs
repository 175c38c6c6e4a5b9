using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j.Coalescing;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j.Reading;

/// <summary>
/// The store's read path: the <see cref="ReadCache"/>, then the <see cref="ReadCoalescer"/>'s line, then Neo4j, every
/// read bounded by Neo4j's transaction timeout. Failures meaning "Neo4j cannot answer now" become
/// <see cref="StoreUnavailableException"/> (<see cref="StoreUnavailability"/>). A cached answer costs no round trip.
/// </summary>
public sealed class GraphReader(ReadCache cache, ReadCoalescer coalescer, Neo4jQueryApiClient client)
{
    public async Task<QueryResult> ReadAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        var parameters = ParametersKey.Of(statement.Parameters);
        var answers = cache.Now();
        var key = answers is null ? "" : statement.Text + "\n" + parameters;
        if (cache.Find(answers, key) is { } cached) return cached;
        try
        {
            var answer = await coalescer.ReadAsync(statement, parameters, cancellationToken);
            cache.Keep(answers, key, answer);
            return answer;
        }
        catch (Exception e) when (StoreUnavailability.Means(e))
        {
            throw StoreUnavailability.Of(client, e);
        }
    }
}
