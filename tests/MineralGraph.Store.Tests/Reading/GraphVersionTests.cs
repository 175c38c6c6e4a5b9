using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Versioning;
using MineralGraph.Store.Tests.Neo4j;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Reading;

/// <summary>
/// The graph version on the real Neo4j: a seed load moves it, and so does the one Cypher line the README gives for
/// writes made directly in Neo4j — which a subscriber hears about at the next poll.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class GraphVersionTests(Neo4jContractStore neo4j) : IClassFixture<Neo4jContractStore>
{
    /// <summary>The line the store's README and the root README give, word for word.</summary>
    const string DocumentedBump = "MERGE (c:ChangeCounter {name: 'changes'}) SET c.version = coalesce(c.version, 0) + 1";

    [Fact]
    public async Task SeedLoad_MovesTheVersion()
    {
        var version = neo4j.Services.GetRequiredService<GraphVersion>();
        var before = await version.ReadAsync();

        await neo4j.LoadAsync(Contract.ContractSeed.Graph);

        Assert.NotEqual(before, await version.ReadAsync());
    }

    [Fact]
    public async Task DocumentedBump_IsHeardBySubscribersWithinAPoll()
    {
        await using var services = Neo4jFixture.CreateServices(neo4j.Instance, Neo4jFixture.Patient,
            new Dictionary<string, string?> { ["ReadCache:VersionPollInterval"] = "00:00:00.2" });
        var version = services.GetRequiredService<GraphVersion>();
        var heard = new List<GraphStamp>();
        using var subscription = version.Subscribe(stamp => { lock (heard) heard.Add(stamp); });
        await WaitAsync(() => version.Current is not null);
        var before = version.Current!.Value;

        await neo4j.Client.WriteAsync(new CypherStatement(DocumentedBump));

        await WaitAsync(() => version.Current is { } now && now != before);
        lock (heard) Assert.Contains(heard, stamp => stamp != before && stamp.Changes == before.Changes);
    }

    static async Task WaitAsync(Func<bool> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "not within 20 s");
            await Task.Delay(20);
        }
    }
}
