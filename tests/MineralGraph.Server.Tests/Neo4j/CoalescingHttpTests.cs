using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Store.Neo4j.Coalescing;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Server.Tests.Neo4j;

/// <summary>
/// Requests coalesced across clients, over HTTP on the real Neo4j (read cache off, so every lookup reaches Neo4j):
/// while a slow read holds Neo4j, requests for several ids queue and then go as one statement — the one asking for
/// an unknown id gets NOT_FOUND, every other its own entity, and each is told it cost one round trip.
/// </summary>
[RequiresNeo4j]
public sealed class CoalescingHttpTests(Neo4jUncachedServerFixture server) : IClassFixture<Neo4jUncachedServerFixture>
{
    [Fact]
    public async Task CoalescedBatchWithAnUnknownId_NotFoundForThatCallerOnly()
    {
        using var client = server.CreateClient();
        var coalescer = server.Services.GetRequiredService<ReadCoalescer>();
        string[] ids = ["government/mexico", "nowhere/unknown", "mineral/lithium", "government/canada"];
        var before = coalescer.Statistics;

        // Counting to fifty million keeps Neo4j's one place for reads busy while the requests arrive.
        var blocker = coalescer.ReadAsync(new CypherStatement("UNWIND range(1, 50000000) AS x WITH x WHERE x < 0 RETURN count(*) AS none"), "{}", CancellationToken.None);
        var requests = ids.Select(id => client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id name } }", new { id })).ToList();
        await blocker;
        var answers = await Task.WhenAll(requests);

        Assert.Equal(HttpStatusCode.OK, answers[1].Status);
        Assert.Equal(["NOT_FOUND"], answers[1].ErrorCodes);
        foreach (var i in new[] { 0, 2, 3 })
        {
            answers[i].AssertOk();
            Assert.Equal(ids[i], answers[i].Data.Str("node.id"));
        }
        Assert.Equal("Lithium", answers[2].Data.Str("node.name"));
        Assert.All(answers, a => Assert.Equal("1", a.Message.Headers.GetValues("MineralGraph-Store-Round-Trips").Single()));
        var after = coalescer.Statistics;
        Assert.True(after.SharedReads - before.SharedReads >= 2, $"no lookups shared a statement: {before} → {after}");
    }
}
