using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;
using MineralGraph.Testing;

namespace MineralGraph.Store.Tests.RealSeed;

/// <summary>The embedded store over the real graph-seed, loaded once for these tests.</summary>
public sealed class RealSeedStore
{
    public EmbeddedGraphStore Store { get; } = Testing.RealSeed.Store();
}

public sealed class RealSeedSearchTests(RealSeedStore seed) : IClassFixture<RealSeedStore>
{
    async Task<SearchHit> Top(string text) => (await seed.Store.SearchAsync(new SearchQuery(text)))[0];

    [Theory]
    [InlineData("T-MEC")]
    [InlineData("tmec")]
    [InlineData("cusma")]
    [InlineData("USMCA")]
    public async Task Search_UsmcaNames_TopHitIsUsmca(string text)
    {
        var hit = await Top(text);

        Assert.Equal("agreement/usmca", hit.Entity.Id);
        Assert.True(hit.Score >= 99, $"score {hit.Score} for '{text}' should be an exact match");
    }

    [Fact]
    public async Task Search_Sheinb_FindsClaudiaSheinbaum()
    {
        var hits = await seed.Store.SearchAsync(new SearchQuery("sheinb", First: 3));

        // Her alias "Sheinbaum" and the event "Sheinbaum–Carney meeting, September 2025" both match from the start;
        // the shorter name wins, so the person comes first.
        Assert.Equal("official/claudia-sheinbaum", hits[0].Entity.Id);
        Assert.Contains(hits, h => h.Entity.Id.StartsWith("event/", StringComparison.Ordinal));
        var official = Assert.Single(await seed.Store.SearchAsync(new SearchQuery("sheinb", [Domain.Model.EntityKind.Official])));
        Assert.Equal("official/claudia-sheinbaum", official.Entity.Id);
    }

    [Fact]
    public async Task Search_SecretariaDeEconomiaUnaccented_TopHitIsTheAgency()
    {
        var hit = await Top("secretaria de economia");

        Assert.Equal("agency/mexico-secretaria-de-economia", hit.Entity.Id);
        Assert.Equal("Secretaría de Economía", hit.MatchedName);
    }

    [Theory]
    [InlineData("Canada–Mexico effort", "agreement/canada-mexico-action-plan")]
    [InlineData("Canada–Mexico announcement", "agreement/canada-mexico-action-plan")]
    [InlineData("the EU", "government/european-union")]
    [InlineData("Secretary of the Economy", "official/marcelo-ebrard")]
    [InlineData("Secretary of the Economy", "agency/mexico-secretaria-de-economia")]
    public async Task Search_NamesTheArticlesUse_MatchTheirEntityExactly(string text, string id)
    {
        // The words of 000 and 002 for these entities are aliases, so they match as names, not as loose words.
        var hit = Assert.Single(await seed.Store.SearchAsync(new SearchQuery(text, First: 10)), h => h.Entity.Id == id);
        Assert.True(hit.Score >= 99, $"score {hit.Score} for '{text}' should be an exact match on {id}");
    }

    [Fact]
    public async Task AlliesSharingCapacity_RealSeed_EveryChainIsConsistent()
    {
        var shares = await seed.Store.FindAlliesSharingCapacityAsync(new CapacityQuery());

        // Which alliances appear depends on the curated facts; the shape must hold whatever they are.
        Assert.All(shares, share =>
        {
            Assert.True(share.Members.Count >= 2);
            Assert.DoesNotContain(share.Members, m => m.Government.Id == "government/china");
            Assert.All(share.Members, m =>
            {
                Assert.Equal(share.Alliance.Id, m.Membership.To);
                Assert.Equal(m.Government.Id, m.Membership.From);
                Assert.NotEmpty(m.Holdings);
                Assert.All(m.Holdings, h => Assert.Contains(share.Minerals, r => r.Mineral.Id == h.RestrictedMineral.Id));
            });
        });
    }
}
