using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    Task<CommonTies> CommonTies(string[] ids, IReadOnlyCollection<RelationKind>? kinds = null, DateOnly? asOf = null, int first = QueryDefaults.CommonTies) =>
        Store.FindCommonTiesAsync(new CommonTiesQuery { Ids = ids, Kinds = kinds, AsOf = asOf, First = first, Today = Today });

    [Fact]
    public async Task FindCommonTies_ThreeGovernmentsMembership_TheAgreementAllThreeBelongTo()
    {
        var found = await CommonTies(["government/mexico", "government/canada", "government/united-states"], [RelationKind.MemberOf]);

        Assert.Equal(["government/mexico", "government/canada", "government/united-states"], Ids(found.Of));
        var usmca = Assert.Single(found.Ties);
        Assert.Equal("agreement/usmca", usmca.Entity.Id);
        // The ties in the order the entities were asked for, each with its evidence and strength.
        Assert.Equal(["rel/mexico-member-of-usmca", "rel/canada-member-of-usmca", "rel/us-member-of-usmca"], usmca.Links.Select(l => l.Relation.Id));
        Assert.Equal(["government/mexico", "government/canada", "government/united-states"], usmca.Links.Select(l => l.With.Id));
        Assert.All(usmca.Links, l => Assert.NotNull(l.Relation.Evidence[0].Source));
        Assert.Equal((70, 0), (usmca.Strength, usmca.WeakestLink));
    }

    [Fact]
    public async Task FindCommonTies_AnyKind_StrongestFirst_TopicalTiesToo()
    {
        var found = await CommonTies(["government/mexico", "government/canada"]);

        // The USMCA (dated memberships, 70) before graphite (both produce it: undated, topical, 40).
        Assert.Equal([("agreement/usmca", 70), ("mineral/graphite", 40)], found.Ties.Select(t => (t.Entity.Id, t.Strength)));
        Assert.Equal([TieClass.Topical, TieClass.Topical], found.Ties[1].Links.Select(l => l.Strength.Tie));
        Assert.Equal(["mineral/graphite"], Ids((await CommonTies(["government/mexico", "government/canada"], first: 2, asOf: new(2010, 1, 1))).Ties.Select(t => t.Entity)));
        Assert.Single((await CommonTies(["government/mexico", "government/canada"], first: 1)).Ties);
    }

    [Fact]
    public async Task FindCommonTies_OneEntityAskedAboutIsTheOthersTie_IsNotItsOwnCommonTie()
    {
        // Mexico is tied to the USMCA and to the meeting; Sheinbaum took part in the meeting and presides Mexico.
        var found = await CommonTies(["government/mexico", "official/claudia-sheinbaum"]);

        Assert.Equal(["event/mexico-city-meeting"], found.Ties.Select(t => t.Entity.Id));
    }

    [Fact]
    public async Task FindCommonTies_UnknownId_NamesNoEntityAndFindsNothing()
    {
        var found = await CommonTies(["government/mexico", "government/atlantis"]);

        Assert.Equal(["government/mexico", "(null)"], Ids(found.Of));
        Assert.Empty(found.Ties);
    }

    [Theory]
    [InlineData("government/mexico")]
    [InlineData("government/mexico,government/canada,government/japan,government/china,government/united-states,mineral/lithium")]
    [InlineData("government/mexico,government/canada,government/mexico")]
    public async Task FindCommonTies_TooFewTooManyOrRepeatedIds_Throws(string ids)
    {
        var e = await Assert.ThrowsAnyAsync<ArgumentException>(() => CommonTies(ids.Split(',')));
        Assert.Equal("ids", e.ParamName);
    }
}
