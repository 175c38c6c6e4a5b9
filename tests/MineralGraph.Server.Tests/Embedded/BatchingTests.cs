using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>Nested fields on a list of entities cost one store call per level, not one per entity.</summary>
[Collection(nameof(RecordingStoreCollection))]
public sealed class BatchingTests(RecordingServerFixture server)
{
    readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task RelationsOnEveryListedEntity_OneStoreCall()
    {
        server.Store.Reset();
        var response = await client.PostGraphQLAsync("""
            { governments(first: 20) { nodes { id relations(first: 5) { totalCount edges { node { id } } } } } }
            """);
        response.AssertOk();
        var governments = response.Data.Items("governments.nodes").ToList();
        Assert.True(governments.Count >= 10, "the seed should list at least ten governments");
        Assert.Contains(governments, g => g.At("relations.totalCount").GetInt32() > 0);
        Assert.Equal(1, server.Store.RelationBatches);
        Assert.Equal(governments.Count, server.Store.RelationBatchSizes.Single());
    }

    [Fact]
    public async Task RelationEndsAndCountries_OneEntityLookupPerLevel()
    {
        server.Store.Reset();
        var response = await client.PostGraphQLAsync("""
            { officials(first: 20) { nodes { country { name } relations(first: 10) { edges { node { from { name } to { name } } other { id } } } } } }
            """);
        response.AssertOk();
        Assert.True(response.Data.Items("officials.nodes").Count() >= 3);
        // Countries (level 2) and relation ends (level 5) each come from one GetEntitiesAsync call.
        Assert.Equal(2, server.Store.EntityBatches);
        Assert.Equal(1, server.Store.RelationBatches);
    }
}

[CollectionDefinition(nameof(RecordingStoreCollection))]
public sealed class RecordingStoreCollection : ICollectionFixture<RecordingServerFixture>;
