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

    [Theory]
    [InlineData("Joint Action Plan", "agreement/canada-us-joint-action-plan-critical-minerals-2020")] // issue 15: not the US–Mexico plan's alias
    [InlineData("action plan critical minerals", "agreement/us-mexico-critical-minerals-action-plan")]
    [InlineData("Claudia Sheinbaum", "official/claudia-sheinbaum")]
    [InlineData("Presidenta Sheinbaum", "official/claudia-sheinbaum")]
    [InlineData("Ebrard", "official/marcelo-ebrard")]
    [InlineData("Carney", "official/mark-carney")]
    [InlineData("Minerals Security Partnership", "agreement/minerals-security-partnership")]
    [InlineData("MSP", "agreement/minerals-security-partnership")]
    [InlineData("Asociación para la Seguridad de los Minerales", "agreement/minerals-security-partnership")]
    [InlineData("TLCAN", "agreement/nafta")]
    [InlineData("Tratado de Libre Comercio", "agreement/nafta")]
    [InlineData("USMCA review", "agreement/usmca-2026-review")]
    [InlineData("Pentagon", "agency/us-department-of-defense")]
    [InlineData("Department of Energy", "agency/us-department-of-energy")]
    [InlineData("Critical Minerals Production Alliance", "agreement/critical-minerals-production-alliance")]
    [InlineData("Secretaría de Economía", "agency/mexico-secretaria-de-economia")]
    public async Task Search_WhatAJournalistTypes_TopHitIsTheEntityNamed(string text, string id)
    {
        var hits = await seed.Store.SearchAsync(new SearchQuery(text, First: 3));

        Assert.True(hits[0].Entity.Id == id, $"'{text}': expected {id} first, got {string.Join(", ", hits.Select(h => $"{h.Entity.Id} ({h.MatchedName}, {h.Score:0.00})"))}");
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
