using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Server.Http;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>
/// The parsed-document cache over real requests: a flood of one-off documents neither fills it for good nor grows it
/// past its bounds, and a document in steady use stays cached through the flood.
/// </summary>
public sealed class DocumentCacheTests
{
    [Fact]
    public async Task AfterMoreDistinctDocumentsThanItHolds_NewOnesAreStillCached_AndTheOneInUseStays()
    {
        using var factory = new MineralGraphFactory(MineralGraphFactory.EmbeddedSettings());
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<DocumentCache>();
        const string inUse = "{ node(id: \"government/mexico\") { name } }";

        for (var i = 0; i < 2_100; i++)
        {
            (await client.PostGraphQLAsync($"{{ __typename }} # one-off {i}")).AssertOk();
            if (i % 100 == 0) (await client.PostGraphQLAsync(inUse)).AssertOk();
        }
        var fresh = "{ __typename } # the newest";
        (await client.PostGraphQLAsync(fresh)).AssertOk();

        Assert.NotNull(cache.GetValidated(fresh));
        Assert.NotNull(cache.GetValidated(inUse));
        Assert.Null(cache.GetValidated("{ __typename } # one-off 0"));
        Assert.InRange(cache.Documents.Count, 1, DocumentCache.Capacity);
    }

    [Fact]
    public async Task LargeDocuments_AreHeldWithinTheCharacterBound()
    {
        using var factory = new MineralGraphFactory(MineralGraphFactory.EmbeddedSettings());
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<DocumentCache>();
        // 300 documents of 20,000 characters: 6,000,000 characters, over the bound of 4,000,000.
        for (var i = 0; i < 300; i++)
            (await client.PostGraphQLAsync($"{{ __typename }} # {i:D4} " + new string('x', 20_000 - 25))).AssertOk();

        Assert.InRange(cache.Documents.Characters, 1, DocumentCache.MaxCharacters);
        Assert.NotNull(cache.GetValidated($"{{ __typename }} # 0299 " + new string('x', 20_000 - 25)));
    }
}
