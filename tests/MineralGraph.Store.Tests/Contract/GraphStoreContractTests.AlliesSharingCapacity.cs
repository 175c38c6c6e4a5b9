using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    /// <summary>One line per holding: "holder mineral capacity basedIn restricted groupLink" (ids, "-" for none).</summary>
    static string[] Holdings(CapacityMember member) => member.Holdings
        .Select(h => $"{h.Holder.Id} {h.Mineral.Id} {h.Capacity.Id} {h.BasedIn?.Id ?? "-"} {h.RestrictedMineral.Id} {h.GroupLink?.Id ?? "-"}")
        .ToArray();

    static string[] Restrictions(CapacityShare share) => share.Minerals
        .Select(m => $"{m.Mineral.Id} {m.Measure?.Id ?? "-"} {m.Restriction.Id} {m.ImposedBy?.Id ?? "-"}")
        .ToArray();

    [Fact]
    public async Task AlliesSharingCapacity_RefiningChina_FindsBothAlliancesWithHoldings()
    {
        var shares = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery());

        Assert.Equal(["agreement/minerals-security-partnership", "agreement/usmca"], Ids(shares.Select(s => s.Alliance)));

        var msp = shares[0];
        Assert.Equal(["government/canada", "government/japan", "government/united-states"], Ids(msp.Members.Select(m => m.Government)));
        Assert.Equal(["rel/canada-member-of-msp", "rel/japan-member-of-msp", "rel/us-member-of-msp"], Ids(msp.Members.Select(m => m.Membership)));
        Assert.Equal(["company/neo-performance mineral/terbium rel/neo-refines-terbium rel/neo-based-in-canada mineral/terbium -"], Holdings(msp.Members[0]));
        Assert.Equal(["government/japan mineral/dysprosium rel/japan-refines-dysprosium - mineral/dysprosium -"], Holdings(msp.Members[1]));
        Assert.Equal([
            "company/mp-materials mineral/rare-earth-elements rel/mp-materials-refines-ree rel/mp-materials-based-in-us mineral/dysprosium rel/dysprosium-part-of-ree",
            "company/mp-materials mineral/rare-earth-elements rel/mp-materials-refines-ree rel/mp-materials-based-in-us mineral/terbium rel/terbium-part-of-ree",
        ], Holdings(msp.Members[2]));
        // Graphite is restricted too, but no member refines it, so it is not listed.
        Assert.Equal([
            "mineral/dysprosium measure/china-rare-earth-export-controls rel/ree-controls-restrict-dysprosium rel/ree-controls-imposed-by-china",
            "mineral/terbium measure/china-rare-earth-export-controls rel/ree-controls-restrict-terbium rel/ree-controls-imposed-by-china",
        ], Restrictions(msp));

        // USMCA: Mexico refines nothing, so only Canada and the United States are members here.
        var usmca = shares[1];
        Assert.Equal(["government/canada", "government/united-states"], Ids(usmca.Members.Select(m => m.Government)));
        Assert.Equal(["rel/canada-member-of-usmca", "rel/us-member-of-usmca"], Ids(usmca.Members.Select(m => m.Membership)));
    }

    [Fact]
    public async Task AlliesSharingCapacity_RestrictingGovernment_NeverCountsAsHolder()
    {
        // China refines rare earth elements itself; it is in no alliance here, but must not appear as a member anyway.
        var shares = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery());

        Assert.DoesNotContain(shares.SelectMany(s => s.Members), m => m.Government.Id == "government/china");
    }

    [Fact]
    public async Task AlliesSharingCapacity_MiningStage_UsesProducesAndDirectRestriction()
    {
        var shares = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { Stage = CapacityStage.Mining });

        Assert.Equal(["agreement/minerals-security-partnership", "agreement/usmca"], Ids(shares.Select(s => s.Alliance)));
        var usmca = shares[1];
        Assert.Equal(["government/canada", "government/mexico", "government/united-states"], Ids(usmca.Members.Select(m => m.Government)));
        Assert.Equal(["government/mexico mineral/graphite rel/mexico-produces-graphite - mineral/graphite -"], Holdings(usmca.Members[1]));
        Assert.Equal([
            "project/mountain-pass mineral/rare-earth-elements rel/mountain-pass-produces-ree rel/mountain-pass-based-in-us mineral/dysprosium rel/dysprosium-part-of-ree",
            "project/mountain-pass mineral/rare-earth-elements rel/mountain-pass-produces-ree rel/mountain-pass-based-in-us mineral/terbium rel/terbium-part-of-ree",
        ], Holdings(usmca.Members[2]));
        // China restricts graphite directly (no measure); the graphite controls are imposed by MOFCOM, not China.
        Assert.Equal([
            "mineral/dysprosium measure/china-rare-earth-export-controls rel/ree-controls-restrict-dysprosium rel/ree-controls-imposed-by-china",
            "mineral/graphite - rel/china-restricts-graphite -",
            "mineral/terbium measure/china-rare-earth-export-controls rel/ree-controls-restrict-terbium rel/ree-controls-imposed-by-china",
        ], Restrictions(usmca));
    }

    [Fact]
    public async Task AlliesSharingCapacity_Mineral_KeepsThatMineralAndItsGroup()
    {
        var terbium = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { Mineral = "mineral/terbium" });
        var group = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { Mineral = "mineral/rare-earth-elements" });
        var dysprosium = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { Mineral = "mineral/dysprosium" });

        Assert.Equal(["agreement/minerals-security-partnership", "agreement/usmca"], Ids(terbium.Select(s => s.Alliance)));
        Assert.Equal(["government/canada", "government/united-states"], Ids(terbium[0].Members.Select(m => m.Government)));
        Assert.All(terbium, s => Assert.Equal(["mineral/terbium"], Ids(s.Minerals.Select(m => m.Mineral))));

        // The group stands for its parts: dysprosium and terbium, as with no mineral given.
        Assert.Equal(["government/canada", "government/japan", "government/united-states"], Ids(group[0].Members.Select(m => m.Government)));
        Assert.Equal(["mineral/dysprosium", "mineral/terbium"], Ids(group[0].Minerals.Select(m => m.Mineral)));

        // Dysprosium in the MSP: Japan directly, the United States through MP Materials; Canada (terbium) drops out.
        Assert.Equal(["agreement/minerals-security-partnership"], Ids(dysprosium.Select(s => s.Alliance)));
        Assert.Equal(["government/japan", "government/united-states"], Ids(dysprosium[0].Members.Select(m => m.Government)));
    }

    [Fact]
    public async Task AlliesSharingCapacity_RestrictedByAgency_FollowsItsMeasures()
    {
        var shares = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { Stage = CapacityStage.Mining, RestrictedBy = "agency/china-mofcom" });

        var share = Assert.Single(shares);
        Assert.Equal("agreement/usmca", share.Alliance.Id);
        Assert.Equal(["government/canada", "government/mexico"], Ids(share.Members.Select(m => m.Government)));
        Assert.Equal(["mineral/graphite measure/china-graphite-export-controls rel/graphite-controls-restrict-graphite rel/graphite-controls-imposed-by-mofcom"], Restrictions(share));
    }

    [Fact]
    public async Task AlliesSharingCapacity_AsOfBeforeTheControls_FindsNothing()
    {
        // The rare earth controls date from 2025-04-04; in 2024 only graphite is restricted and no ally refines it.
        var before = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { AsOf = new(2024, 1, 1) });
        var after = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { AsOf = new(2025, 6, 1) });

        Assert.Empty(before);
        Assert.Equal(["agreement/minerals-security-partnership", "agreement/usmca"], Ids(after.Select(s => s.Alliance)));
    }

    [Fact]
    public async Task AlliesSharingCapacity_AsOfMiningIn2024_KeepsOnlyGraphiteAllies()
    {
        var shares = await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { Stage = CapacityStage.Mining, AsOf = new(2024, 1, 1) });

        // In 2024 only graphite (since 2023-12-01) is restricted: Mexico and Canada produce it, both in the USMCA;
        // Canada is alone in the MSP, so the MSP drops out.
        var share = Assert.Single(shares);
        Assert.Equal("agreement/usmca", share.Alliance.Id);
        Assert.Equal(["government/canada", "government/mexico"], Ids(share.Members.Select(m => m.Government)));
    }

    [Fact]
    public async Task AlliesSharingCapacity_UnknownIdsOrNoCapacity_AreEmpty()
    {
        Assert.Empty(await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { RestrictedBy = "government/atlantis" }));
        Assert.Empty(await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { Mineral = "mineral/unobtainium" }));
        Assert.Empty(await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { Stage = CapacityStage.Reserves }));
        Assert.Empty(await Store.FindAlliesSharingCapacityAsync(new CapacityQuery { Mineral = "mineral/lithium" }));
    }
}
