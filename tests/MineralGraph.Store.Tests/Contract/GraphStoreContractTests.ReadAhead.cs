using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;

namespace MineralGraph.Store.Tests.Contract;

// A root read with what a selection needs below it (IGraphStore.ReadAsync) answers every key exactly as the separate
// operations do: pages (windows, totals, hasNextPage, offsets, kinds, directions, asOf, retracted), ends, countries,
// disputing claims, unknown ids (ReadAheadCheck).
public abstract partial class GraphStoreContractTests
{
    public static TheoryData<string> RootReads() => [.. Roots.Keys];

    static readonly Dictionary<string, Func<IGraphStore, Task<object>>> Roots = new()
    {
        ["node"] = s => Check(s, new EntityRead("government/mexico")),
        ["node unknown"] = s => Check(s, new EntityRead("government/atlantis")),
        ["nodes"] = s => Check(s, new EntitiesRead(["government/canada", "government/atlantis", "agency/mexico-secretaria-de-economia", "government/canada"])),
        ["relation disputed"] = s => Check(s, new RelationRead("rel/mexico-lithium-reserves-large")),
        ["relation unknown"] = s => Check(s, new RelationRead("rel/unknown")),
        ["list"] = s => Check(s, new EntityListRead(new EntityListQuery { Kind = EntityKind.Government, First = 3, Offset = 1, IncludeTotal = true })),
        ["search"] = s => Check(s, new SearchRead(new SearchQuery("mexico", null, 5))),
        ["neighbourhood"] = s => Check(s, new NeighbourhoodRead(new NeighbourhoodQuery { Id = "government/mexico", Depth = 2, LimitPerNode = 3 })),
        ["paths"] = s => Check(s, new PathsRead(new PathQuery { From = "official/claudia-sheinbaum", To = "government/canada" })),
        ["paths none"] = s => Check(s, new PathsRead(new PathQuery { From = "government/mexico", To = "government/atlantis" })),
        ["allies"] = s => Check(s, new CapacityRead(new CapacityQuery { Stage = CapacityStage.Refining, RestrictedBy = "government/china" })),
    };

    static async Task<object> Check<T>(IGraphStore store, RootRead<T> root) => (await ReadAheadCheck.SameAsOperationsAsync(store, root, ReadAheadCheck.Everything))!;

    [Theory]
    [MemberData(nameof(RootReads))]
    public Task ReadAhead_EveryKeyAsTheOperationsAnswerIt(string root) => Roots[root](Store);

    [Fact]
    public async Task ReadAhead_BelowAnEntity_HoldsItsPagesEndsCountriesDisputesAndUnknownCountries()
    {
        var read = await ReadAheadCheck.SameAsOperationsAsync(Store, new EntityRead("government/mexico"), ReadAheadCheck.Everything);

        var page = read.Ahead.Pages[new RelationListQuery { EntityId = "government/mexico", First = 3, IncludeTotal = true }];
        Assert.Equal(MexicoRelations[..3], Ids(page.Items));
        Assert.Equal((true, 8), (page.HasNextPage, page.TotalCount));
        // The second item is disputed: its disputing claim was read by id, with its start.
        Assert.Equal("rel/mexico-lithium-reserves-small", read.Ahead.Relations["rel/mexico-lithium-reserves-small"]!.Id);
        Assert.Contains("official/claudia-sheinbaum", read.Ahead.Entities.Keys);
        Assert.Contains("mineral/lithium", read.Ahead.Entities.Keys);
    }

    [Fact]
    public async Task ReadAhead_ClaimFiltersAndAmountOrder_PagesAsTheOperationsAnswerThem()
    {
        var byAmount = new RelationListQuery { EntityId = "", Order = RelationOrder.AmountDescending, First = 10, IncludeTotal = true };
        var needs = ReadAheadCheck.Needs(byAmount,
            new RelationListQuery { EntityId = "", Denied = false, MinAmount = new(300_000_000, "USD"), IncludeTotal = true },
            new RelationListQuery { EntityId = "", Denied = true, Order = RelationOrder.AmountAscending, First = 2, Offset = 1, IncludeTotal = true });

        var read = await ReadAheadCheck.SameAsOperationsAsync(Store, new EntitiesRead(["company/mp-materials", "government/japan"]), needs);

        Assert.Equal(["rel/japan-funds-mp-materials", "rel/us-funds-mp-materials", "rel/us-owns-mp-materials-stake", "rel/mp-materials-based-in-us", "rel/mp-materials-refines-ree"],
            Ids(read.Ahead.Pages[byAmount with { EntityId = "company/mp-materials" }].Items));
        // A page lists denied claims (flagged) unless asked otherwise: it is not a walk.
        Assert.Contains("rel/japan-member-of-usmca", Ids(read.Ahead.Pages[byAmount with { EntityId = "government/japan" }].Items));
    }

    [Fact]
    public async Task ReadAhead_NothingNeeded_ReadsTheRootAlone()
    {
        var read = await Store.ReadAsync(new EntityRead("government/mexico"), ReadNeeds.Nothing);
        Assert.Equal("government/mexico", read.Value!.Id);
        Assert.True(read.Ahead.IsEmpty);
    }
}
