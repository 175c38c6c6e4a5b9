using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Testing.Neo4j;

/// <summary>
/// Transactions left open in Neo4j, as "transactionId status currentQuery" lines. A read opens a transaction (for its
/// timeout) that is rolled back just after its answer, and a server polls the graph version every second, so a
/// moment's snapshot may hold transactions about to end: only those still there in a second snapshot, taken
/// <see cref="Apart"/> later, count as left open. The asking statements and terminated ones are left out.
/// </summary>
public static class OpenTransactions
{
    static readonly TimeSpan Apart = TimeSpan.FromSeconds(1.5);

    static readonly CypherStatement Show = new("""
        SHOW TRANSACTIONS YIELD transactionId, currentQuery, status, elapsedTime, activeLockCount, requestUri
        WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' AND NOT status STARTS WITH 'Terminated'
        RETURN transactionId, currentQuery, status, toString(elapsedTime) AS elapsed, activeLockCount AS locks, requestUri
        """);

    public static async Task<IReadOnlyList<string>> LeftOpenAsync(Neo4jQueryApiClient client)
    {
        var first = await SnapshotAsync(client);
        if (first.Count == 0) return [];
        await Task.Delay(Apart);
        var second = await SnapshotAsync(client);
        return second.Where(t => first.ContainsKey(t.Key)).Select(t => $"{t.Key} {t.Value}").ToList();
    }

    static async Task<Dictionary<string, string>> SnapshotAsync(Neo4jQueryApiClient client) =>
        (await client.ReadAsync(Show)).Rows.ToDictionary(r => (string)r["transactionId"]!, r => $"{r["status"]} for {r["elapsed"]}, {r["locks"]} locks, {r["requestUri"]}: '{r["currentQuery"]}'");
}
