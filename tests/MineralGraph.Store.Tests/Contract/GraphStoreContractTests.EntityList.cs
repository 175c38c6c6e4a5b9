using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task ListEntities_MineralsByName_AscendingAndDescending()
    {
        var asc = await Store.ListEntitiesAsync(new EntityListQuery { Kind = EntityKind.Mineral });
        var desc = await Store.ListEntitiesAsync(new EntityListQuery { Kind = EntityKind.Mineral, Sort = EntitySort.NameDesc });

        string[] byName = ["mineral/dysprosium", "mineral/graphite", "mineral/lithium", "mineral/rare-earth-elements", "mineral/terbium"];
        Assert.Equal(byName, Ids(asc.Items));
        Assert.Equal(byName.Reverse(), Ids(desc.Items));
        Assert.False(asc.HasNextPage);
        Assert.Null(asc.TotalCount);
    }

    [Fact]
    public async Task ListEntities_AllKindsByFoldedName_ComparesFoldedNames()
    {
        // "China" folds to "china", which sorts before "chinas graphite…" (from "China's").
        var page = await Store.ListEntitiesAsync(new EntityListQuery { First = 5 });

        Assert.Equal(["government/canada", "government/china", "measure/china-graphite-export-controls",
            "measure/china-rare-earth-export-controls", "official/claudia-sheinbaum"], Ids(page.Items));
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task ListEntities_IdAsc_OrdersById()
    {
        var page = await Store.ListEntitiesAsync(new EntityListQuery { Sort = EntitySort.IdAsc, First = 3 });

        Assert.Equal(["agency/china-mofcom", "agency/mexico-secretaria-de-economia", "agreement/critical-minerals-action-plan"], Ids(page.Items));
    }

    [Fact]
    public async Task ListEntities_NameContains_MatchesNameOrAliasFolded()
    {
        var mex = await Store.ListEntitiesAsync(new EntityListQuery { NameContains = "MEX" });
        var tmec = await Store.ListEntitiesAsync(new EntityListQuery { NameContains = "t-mec" });
        var economia = await Store.ListEntitiesAsync(new EntityListQuery { NameContains = "Economía" });

        // agency/mexico-secretaria-de-economia matches through its alias "Mexican Ministry of Economy".
        Assert.Equal(["government/mexico", "event/mexico-city-meeting", "agency/mexico-secretaria-de-economia", "agreement/usmca"], Ids(mex.Items));
        Assert.Equal(["agreement/usmca"], Ids(tmec.Items));
        Assert.Equal(["agency/mexico-secretaria-de-economia"], Ids(economia.Items));
    }

    [Fact]
    public async Task ListEntities_CountryTypeStatus_FilterExactly()
    {
        var mexican = await Store.ListEntitiesAsync(new EntityListQuery { Country = "government/mexico" });
        var alliances = await Store.ListEntitiesAsync(new EntityListQuery { Type = "alliance" });
        var ended = await Store.ListEntitiesAsync(new EntityListQuery { Status = "ended" });
        var mexicanAgencies = await Store.ListEntitiesAsync(new EntityListQuery { Country = "government/mexico", Kind = EntityKind.Agency });

        Assert.Equal(["official/claudia-sheinbaum", "official/marcelo-ebrard", "agency/mexico-secretaria-de-economia"], Ids(mexican.Items));
        Assert.Equal(["agreement/minerals-security-partnership"], Ids(alliances.Items));
        Assert.Equal(["agreement/nafta"], Ids(ended.Items));
        Assert.Equal(["agency/mexico-secretaria-de-economia"], Ids(mexicanAgencies.Items));
    }

    [Fact]
    public async Task ListEntities_DateBounds_UseOverlapOfPartialDates()
    {
        // The action plan is dated 2025-09 (the whole month), the meeting 2025-09-18.
        var september = await Store.ListEntitiesAsync(new EntityListQuery { DateFrom = new(2025, 9, 15), DateTo = new(2025, 9, 20) });
        // The MSP is dated 2022-06: a single day inside that month overlaps it.
        var oneDay = await Store.ListEntitiesAsync(new EntityListQuery { DateFrom = new(2022, 6, 30), DateTo = new(2022, 6, 30) });
        // Only a lower bound: the source (2025-10) is the only thing dated on or after mid-October 2025.
        var from = await Store.ListEntitiesAsync(new EntityListQuery { DateFrom = new(2025, 10, 15) });
        var until = await Store.ListEntitiesAsync(new EntityListQuery { DateTo = new(2000, 1, 1) });

        Assert.Equal(["agreement/critical-minerals-action-plan", "event/mexico-city-meeting"], Ids(september.Items));
        Assert.Equal(["agreement/minerals-security-partnership"], Ids(oneDay.Items));
        Assert.Equal(["source/fixture-article"], Ids(from.Items));
        Assert.Equal(["agreement/nafta"], Ids(until.Items));
    }

    [Fact]
    public async Task ListEntities_DateSorts_OrderByEarliestWithUndatedLast()
    {
        var asc = await Store.ListEntitiesAsync(new EntityListQuery { Kind = EntityKind.Agreement, Sort = EntitySort.DateAsc });
        var desc = await Store.ListEntitiesAsync(new EntityListQuery { Kind = EntityKind.Agreement, Sort = EntitySort.DateDesc });
        var all = await Store.ListEntitiesAsync(new EntityListQuery { Sort = EntitySort.DateDesc, First = 100, IncludeTotal = true });

        string[] byDate = ["agreement/nafta", "agreement/usmca", "agreement/minerals-security-partnership", "agreement/critical-minerals-action-plan"];
        Assert.Equal(byDate, Ids(asc.Items));
        Assert.Equal(byDate.Reverse(), Ids(desc.Items));
        Assert.Equal(26, all.TotalCount);
        Assert.Equal(26, all.Items.Count);
        Assert.Equal("source/fixture-article", all.Items[0].Id);
        Assert.Equal("agreement/nafta", all.Items[7].Id);
        Assert.Equal("agency/china-mofcom", all.Items[8].Id);     // undated ones follow, by id
        Assert.Equal("project/mountain-pass", all.Items[24].Id);
        Assert.Equal("source/fixture-outside-page", all.Items[25].Id);
    }

    [Fact]
    public async Task ListEntities_Pages_ReportNextPageAndTotal()
    {
        var first = await Store.ListEntitiesAsync(new EntityListQuery { Kind = EntityKind.Government, First = 2 });
        var last = await Store.ListEntitiesAsync(new EntityListQuery { Kind = EntityKind.Government, First = 2, Offset = 4, IncludeTotal = true });
        var beyond = await Store.ListEntitiesAsync(new EntityListQuery { Kind = EntityKind.Government, First = 2, Offset = 10, IncludeTotal = true });
        var none = await Store.ListEntitiesAsync(new EntityListQuery { Kind = EntityKind.Government, First = 0, IncludeTotal = true });

        Assert.Equal(["government/canada", "government/china"], Ids(first.Items));
        Assert.True(first.HasNextPage);
        Assert.Null(first.TotalCount);
        Assert.Equal(["government/united-states"], Ids(last.Items));
        Assert.False(last.HasNextPage);
        Assert.Equal(5, last.TotalCount);
        Assert.Equal(4, last.Offset);
        Assert.Empty(beyond.Items);
        Assert.False(beyond.HasNextPage);
        Assert.Equal(5, beyond.TotalCount);
        Assert.Empty(none.Items);
        Assert.True(none.HasNextPage);
        Assert.Equal(5, none.TotalCount);
    }

    [Fact]
    public async Task ListEntities_NoMatch_ReturnsEmptyPageWithZeroTotal()
    {
        var page = await Store.ListEntitiesAsync(new EntityListQuery { Kind = EntityKind.Company, NameContains = "zzz", IncludeTotal = true });

        Assert.Empty(page.Items);
        Assert.False(page.HasNextPage);
        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public async Task ListEntities_NegativeFirstOrOffsetOrReversedDates_Throws()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListEntitiesAsync(new EntityListQuery { First = -1 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListEntitiesAsync(new EntityListQuery { Offset = -1 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListEntitiesAsync(new EntityListQuery { DateFrom = new(2025, 1, 2), DateTo = new(2025, 1, 1) }));
    }
}
