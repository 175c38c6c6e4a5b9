using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Loading;
using MineralGraph.Store.Tests.Contract;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>The loader against a real Neo4j: idempotent, mirrors the seed (stale data removed), keeps merges and retractions.</summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class SeedLoadTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    static readonly SeedGraph Seed = ContractSeed.Graph;

    [Fact]
    public async Task Load_SameSeedTwice_SecondLoadChangesNothing()
    {
        await neo4j.LoadAsync(Seed);
        var countsBefore = await neo4j.Store.CountAsync();
        var before = await GraphSnapshot.TakeAsync(neo4j.Client);

        var second = await neo4j.LoadAsync(Seed);

        Assert.Equal((0, 0, 0, 0), (second.Changes.NodesCreated, second.Changes.NodesDeleted, second.Changes.RelationshipsCreated, second.Changes.RelationshipsDeleted));
        Assert.Equal(Json(countsBefore), Json(await neo4j.Store.CountAsync()));
        Assert.Equal(before, await GraphSnapshot.TakeAsync(neo4j.Client));
        Assert.Equal(Seed.Entities.Count, countsBefore.Entities.Values.Sum());
        Assert.Equal(Seed.Relations.Count, countsBefore.Relations.Values.Sum());
        Assert.Equal(Seed.EvidenceCount, countsBefore.Evidence);
    }

    [Fact]
    public async Task Load_SmallerSeed_RemovesWhatTheSeedNoLongerHolds()
    {
        await neo4j.LoadAsync(Seed);
        var full = await GraphSnapshot.TakeAsync(neo4j.Client);
        const string gone = "government/japan";
        var smaller = new SeedGraph(
            Seed.Entities.Where(e => e.Id != gone).ToList(),
            Seed.Relations.Where(r => r.From != gone && r.To != gone).ToList());

        var result = await neo4j.LoadAsync(smaller);

        Assert.Equal(1, result.Changes.NodesDeleted);
        Assert.Equal(Seed.Relations.Count - smaller.Relations.Count, result.Changes.RelationshipsDeleted);
        Assert.Null(await neo4j.Store.GetEntityAsync(gone));
        Assert.Equal(smaller.Relations.Count, (await neo4j.Store.CountAsync()).Relations.Values.Sum());

        await neo4j.LoadAsync(Seed);
        Assert.Equal(full, await GraphSnapshot.TakeAsync(neo4j.Client));
    }

    [Fact]
    public async Task Load_MergesAndRetractions_AnswerAsTheEmbeddedStoreDoes()
    {
        var retracted = Seed.Relations.First(r => r.From == "government/mexico" || r.To == "government/mexico");
        var retraction = new Retraction("quote misread", "curator/test", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var graph = new SeedGraph(
            Seed.Entities,
            Seed.Relations.Select(r => r.Id == retracted.Id ? r with { Retraction = retraction } : r).ToList())
        {
            MergedInto = new Dictionary<string, string> { ["government/estados-unidos-mexicanos"] = "government/mexico" },
        };
        var embedded = new EmbeddedGraphStore(graph);
        await neo4j.LoadAsync(graph);
        var neo = neo4j.Store;

        try
        {
            Assert.Equal("government/mexico", (await neo.GetEntityAsync("government/estados-unidos-mexicanos"))?.Id);
            Assert.Equal(retraction, (await neo.GetRelationAsync(retracted.Id))!.Retraction);
            await Same(embedded, neo, s => s.CountAsync());
            await Same(embedded, neo, s => s.GetEntitiesAsync(["government/estados-unidos-mexicanos", "government/japan", "government/nowhere"]));
            await Same(embedded, neo, s => s.GetRelationsAsync(
            [
                new RelationListQuery { EntityId = "government/estados-unidos-mexicanos", IncludeTotal = true },
                new RelationListQuery { EntityId = "government/mexico", IncludeRetracted = true, IncludeTotal = true },
            ]));
            await Same(embedded, neo, s => s.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/estados-unidos-mexicanos", Depth = 2 }));
            await Same(embedded, neo, s => s.FindPathsAsync(new PathQuery { From = "government/estados-unidos-mexicanos", To = "government/mexico" }));
            await Same(embedded, neo, s => s.FindPathsAsync(new PathQuery { From = "government/estados-unidos-mexicanos", To = "government/japan", First = 10 }));
        }
        finally
        {
            await neo4j.LoadAsync(Seed);
        }
    }

    [Fact]
    public async Task Load_BatchedIntoEmptyDatabase_WritesWhatTheAtomicLoadWrites()
    {
        await neo4j.LoadAsync(Seed);
        var atomic = await GraphSnapshot.TakeAsync(neo4j.Client);
        var writer = neo4j.Services.GetRequiredService<Neo4jSeedWriter>();

        try
        {
            await neo4j.Client.WriteAsync(new CypherStatement("MATCH (n) DETACH DELETE n"));
            var batched = await writer.WriteAsync(Seed, new SeedWriteOptions { Mode = SeedWriteMode.Batched, BatchSize = 50 });

            Assert.True(batched.Batched);
            Assert.Equal(Seed.Entities.Count, batched.Changes.NodesCreated);
            Assert.Equal(Seed.Relations.Count, batched.Changes.RelationshipsCreated);
            Assert.Equal(atomic, await GraphSnapshot.TakeAsync(neo4j.Client));
            // A batched load never runs over data: a non-empty database is refused.
            await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(Seed, new SeedWriteOptions { Mode = SeedWriteMode.Batched }));
        }
        finally
        {
            await neo4j.LoadAsync(Seed);
        }
    }

    static async Task Same<T>(IGraphStore expected, IGraphStore actual, Func<IGraphStore, Task<T>> operation) =>
        Assert.Equal(Json(await operation(expected)), Json(await operation(actual)));

    static string Json<T>(T value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = true });
}
