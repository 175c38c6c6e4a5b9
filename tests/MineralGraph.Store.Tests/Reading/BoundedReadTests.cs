using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j;
using MineralGraph.Store.Neo4j.Coalescing;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Neo4j.Reading;
using MineralGraph.Store.Tests.Neo4j;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Reading;

/// <summary>
/// Bounded Neo4j work, on the real Neo4j: a read the caller gave up on (the server's execution limit) does not go on
/// running in Neo4j, and the readiness check does not wait behind slow reads.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class BoundedReadTests(Neo4jContractStore neo4j) : IClassFixture<Neo4jContractStore>
{
    /// <summary>Counts to two billion: minutes of work for Neo4j unless something ends it. The marker finds it in SHOW TRANSACTIONS.</summary>
    static CypherStatement Slow(string marker) => new($"UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS none // {marker}");

    ServiceProvider Services(TimeSpan callerTimeout) => Neo4jFixture.CreateServices(neo4j.Instance, o =>
    {
        Neo4jFixture.Patient(o);
        o.CallerTimeout = callerTimeout;
        o.MaxReadsInFlight = 1;
    }, new Dictionary<string, string?> { ["ReadCache:Enabled"] = "false" });

    async Task<List<string>> RunningAsync(string marker)
    {
        var shown = await neo4j.Client.ReadAsync(new CypherStatement("""
            SHOW TRANSACTIONS YIELD transactionId, currentQuery, status
            WHERE currentQuery CONTAINS $marker AND NOT currentQuery STARTS WITH 'SHOW' AND NOT status STARTS WITH 'Terminated'
            RETURN transactionId
            """, new Dictionary<string, object?> { ["marker"] = marker }));
        return shown.Rows.Select(r => (string)r["transactionId"]!).ToList();
    }

    [Fact]
    public async Task ReadPastTheCallersLimit_IsNoLongerRunningInNeo4jAfterwards()
    {
        await using var services = Services(TimeSpan.FromSeconds(2));
        var reader = services.GetRequiredService<GraphReader>();
        var marker = $"bounded-{Guid.NewGuid():N}";
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2)); // the server's execution limit

        var read = reader.ReadAsync(Slow(marker), limit.Token);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.NotEmpty(await RunningAsync(marker)); // it did reach Neo4j
        await Assert.ThrowsAnyAsync<Exception>(() => read);

        // Neo4j ends it at its 2 s timeout, checking every 2 s; well before its minutes of counting would.
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        var running = await RunningAsync(marker);
        while (running.Count > 0 && deadline.Elapsed < TimeSpan.FromSeconds(8))
        {
            await Task.Delay(250);
            running = await RunningAsync(marker);
        }
        Assert.True(running.Count == 0, $"still running in Neo4j {deadline.Elapsed.TotalSeconds:0.0} s after the caller gave up: {string.Join(", ", running)}");
    }

    [Fact]
    public async Task ClientDisposedWithReadsInFlightOrJustAnswered_LeavesNoTransactionOpen()
    {
        // A 30 s read timeout: a rollback dropped with the client would leave its transaction open long after this.
        var services = Services(TimeSpan.FromSeconds(30));
        var client = services.GetRequiredService<Neo4jQueryApiClient>();
        var reads = Enumerable.Range(0, 20)
            .Select(i => client.ReadAsync(new CypherStatement("RETURN $i AS n", new Dictionary<string, object?> { ["i"] = i })))
            .ToList();
        await Task.WhenAny(reads);
        await services.DisposeAsync(); // as a CLI command, a test's services or a stopping server do after their last read
        await Task.WhenAll(reads.Select(r => r.ContinueWith(_ => { }, TaskScheduler.Default)));

        var open = await OpenTransactions.LeftOpenAsync(neo4j.Client);
        Assert.True(open.Count == 0, "transactions left open: " + string.Join("; ", open));
    }

    [Fact]
    public async Task Readiness_DoesNotWaitBehindSlowReads()
    {
        await using var services = Services(TimeSpan.FromSeconds(4));
        var reader = services.GetRequiredService<GraphReader>();
        var store = services.GetRequiredService<Neo4jGraphStore>();
        var readiness = services.GetRequiredService<IStoreReadiness>();
        var marker = $"readiness-{Guid.NewGuid():N}";

        // One slow read takes the only place in Neo4j; a lookup queues behind it.
        var slow = reader.ReadAsync(Slow(marker), CancellationToken.None);
        var queued = store.GetEntityAsync("government/mexico");
        await Task.Delay(200);

        await readiness.CheckAsync(CancellationToken.None);

        Assert.False(slow.IsCompleted, "the slow read ended before the readiness check: the check proves nothing");
        Assert.False(queued.IsCompleted, "the lookup did not queue behind the slow read");
        await Assert.ThrowsAnyAsync<Exception>(() => slow); // ended by Neo4j at its timeout
        Assert.Equal("government/mexico", (await queued)?.Id);
    }
}
