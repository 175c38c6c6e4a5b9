using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j;
using MineralGraph.Store.Neo4j.Coalescing;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Tests.Neo4j;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Coalescing;

/// <summary>
/// The coalescer on the real Neo4j (contract seed), one read in Neo4j at a time so that reads arriving meanwhile
/// wait together: they go as one statement, each caller gets its own answer, a failure reaches only its own caller,
/// a caller that gives up leaves the others their answers, and each request counts the shared statement once.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class ReadCoalescerTests(Neo4jContractStore neo4j) : IClassFixture<Neo4jContractStore>
{
    /// <summary>Keeps Neo4j busy for a moment (counting to ten million), so that the reads after it wait in the line.</summary>
    static readonly CypherStatement Blocker = new("UNWIND range(1, 10000000) AS x WITH x WHERE x < 0 RETURN count(*) AS blocked");

    ServiceProvider Services(bool coalescing = true) => Neo4jFixture.CreateServices(neo4j.Instance, o =>
    {
        Neo4jFixture.Patient(o);
        o.MaxReadsInFlight = 1;
    }, new Dictionary<string, string?> { ["ReadCache:Enabled"] = "false", ["Coalescing:Enabled"] = coalescing ? "true" : "false" });

    static Task<QueryResult> Block(ReadCoalescer coalescer) => coalescer.ReadAsync(Blocker, "{}", CancellationToken.None);

    [Fact]
    public async Task ReadsWaitingTogether_GoAsOneStatement_EachGetsItsOwnAnswer()
    {
        await using var services = Services();
        var coalescer = services.GetRequiredService<ReadCoalescer>();
        var store = services.GetRequiredService<Neo4jGraphStore>();
        string[] ids = ["government/mexico", "nowhere/unknown", "mineral/lithium", "government/canada", "government/mexico"];

        var blocked = Block(coalescer);
        var lookups = ids.Select(id => store.GetEntityAsync(id)).ToList();
        await blocked;
        var found = await Task.WhenAll(lookups);

        Assert.Equal(["government/mexico", null, "mineral/lithium", "government/canada", "government/mexico"], found.Select(e => e?.Id));
        Assert.Equal("Lithium", found[2]!.Name);
        Assert.Equal(new CoalescingStatistics(Statements: 2, SharedReads: 5, LargestBatch: 5), coalescer.Statistics);
    }

    [Fact]
    public async Task OneSetFails_OnlyItsCallerGetsTheError()
    {
        await using var services = Services();
        var coalescer = services.GetRequiredService<ReadCoalescer>();
        string[] days = ["2025-01-02", "not a date", "2024-02-29"];

        var blocked = Block(coalescer);
        var reads = days.Select(day => Read(coalescer, new CypherStatement("RETURN date($day) AS day", new Dictionary<string, object?> { ["day"] = day }))).ToList();
        await blocked;

        Assert.Equal(new DateOnly(2025, 1, 2), (await reads[0]).Single().Get<DateOnly>("day"));
        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => reads[1]);
        Assert.Contains("not a date", error.ServerMessage);
        Assert.Equal(new DateOnly(2024, 2, 29), (await reads[2]).Single().Get<DateOnly>("day"));
        // the blocker, the failed batch, then each set alone
        Assert.Equal(new CoalescingStatistics(Statements: 5, SharedReads: 3, LargestBatch: 3), coalescer.Statistics);
    }

    [Fact]
    public async Task CallerGivesUp_OnlyItsReadIsCancelled()
    {
        await using var services = Services();
        var coalescer = services.GetRequiredService<ReadCoalescer>();
        var store = services.GetRequiredService<Neo4jGraphStore>();
        using var impatient = new CancellationTokenSource();

        var blocked = Block(coalescer);
        var first = store.GetEntityAsync("government/mexico");
        var cancelled = store.GetEntityAsync("government/canada", impatient.Token);
        var last = store.GetEntityAsync("mineral/lithium");
        impatient.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(blocked.IsCompleted, "the caller's cancellation waited for Neo4j");
        await blocked;
        Assert.Equal("government/mexico", (await first)!.Id);
        Assert.Equal("mineral/lithium", (await last)!.Id);
    }

    [Fact]
    public async Task SharedStatement_IsOneRoundTripForEachRequest()
    {
        await using var services = Services();
        var coalescer = services.GetRequiredService<ReadCoalescer>();
        var store = services.GetRequiredService<Neo4jGraphStore>();

        var blocked = Block(coalescer);
        var requests = new[] { "government/mexico", "government/canada", "government/japan" }.Select(id => Task.Run(async () =>
        {
            var roundTrips = RoundTripCounter.Begin();
            await store.GetEntityAsync(id);
            return roundTrips.Count;
        })).ToList();
        await Task.Delay(50); // the requests reach the line while the blocker runs
        await blocked;

        var counted = await Task.WhenAll(requests);
        Assert.Equal([1, 1, 1], counted);
        Assert.Equal(2, coalescer.Statistics.Statements);
    }

    [Fact]
    public async Task EqualReads_OneStatement_EvenWhenTheTextIsNeverRewritten()
    {
        await using var services = Services();
        var coalescer = services.GetRequiredService<ReadCoalescer>();
        var store = services.GetRequiredService<Neo4jGraphStore>();
        var query = new PathQuery { From = "government/mexico", To = "government/canada", MaxHops = 3 };

        var blocked = Block(coalescer);
        var paths = Enumerable.Range(0, 4).Select(_ => store.FindPathsAsync(query)).ToList();
        await blocked;
        var found = await Task.WhenAll(paths);

        Assert.All(found, p => Assert.Equal(found[0].Select(x => string.Join(",", x.Relations.Select(r => r.Id))), p.Select(x => string.Join(",", x.Relations.Select(r => r.Id)))));
        Assert.NotEmpty(found[0]);
        Assert.Equal(2, coalescer.Statistics.Statements);
    }

    [Fact]
    public async Task CoalescingOff_EachReadIsItsOwnStatement()
    {
        await using var services = Services(coalescing: false);
        var coalescer = services.GetRequiredService<ReadCoalescer>();
        var store = services.GetRequiredService<Neo4jGraphStore>();

        var blocked = Block(coalescer);
        var lookups = new[] { "government/mexico", "government/canada", "government/mexico" }.Select(id => store.GetEntityAsync(id)).ToList();
        await blocked;
        await Task.WhenAll(lookups);

        Assert.Equal(new CoalescingStatistics(Statements: 4, SharedReads: 0, LargestBatch: 1), coalescer.Statistics);
    }

    static Task<QueryResult> Read(ReadCoalescer coalescer, CypherStatement statement) =>
        coalescer.ReadAsync(statement, System.Text.Json.JsonSerializer.Serialize(statement.Parameters), CancellationToken.None);
}
