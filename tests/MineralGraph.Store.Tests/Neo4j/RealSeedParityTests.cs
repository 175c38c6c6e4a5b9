using System.Text.Json;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.Store.Embedded;
using MineralGraph.Store.Tests.Contract;
using MineralGraph.Testing;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>The real graph-seed in both stores, loaded once for this class.</summary>
public sealed class RealSeedInBothStores : Neo4jFixture
{
    public SeedGraph Seed { get; } = Testing.RealSeed.Seed;
    public EmbeddedGraphStore Embedded { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LoadAsync(Seed);
        Embedded = new EmbeddedGraphStore(Seed);
    }
}

/// <summary>
/// Beyond the contract's hand-worked cases: on the real graph-seed, the Neo4j store answers every operation
/// exactly as the embedded store does (compared as JSON), for every entity or a wide sample of arguments.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class RealSeedParityTests(RealSeedInBothStores stores) : IClassFixture<RealSeedInBothStores>
{
    static readonly DateOnly AsOf = new(2024, 6, 1);
    IEnumerable<Entity> Entities => stores.Seed.Entities;

    [Fact]
    public Task Count_Same() => Same(s => s.CountAsync());

    [Fact]
    public Task GetEntities_EveryIdAndUnknown_Same() => Same(s => s.GetEntitiesAsync([.. Entities.Select(e => e.Id), "government/atlantis"]));

    [Fact]
    public async Task GetRelation_EveryRelation_Same()
    {
        foreach (var r in stores.Seed.Relations.Where((_, i) => i % 3 == 0)) await Same(s => s.GetRelationAsync(r.Id));
    }

    [Fact]
    public async Task GetRelations_EveryEntityEveryDirection_Same()
    {
        foreach (var direction in Enum.GetValues<RelationDirection>())
        {
            await Same(s => s.GetRelationsAsync(Entities.Select(e => new RelationListQuery { EntityId = e.Id, Direction = direction, IncludeTotal = true, First = 7 }).ToList()));
            await Same(s => s.GetRelationsAsync(Entities.Select(e => new RelationListQuery { EntityId = e.Id, Direction = direction, AsOf = AsOf, Offset = 2, First = 3 }).ToList()));
        }
        await Same(s => s.GetRelationsAsync(Entities.Select(e => new RelationListQuery { EntityId = e.Id, Kinds = [RelationKind.MemberOf, RelationKind.Restricts, RelationKind.PartOf] }).ToList()));
    }

    [Fact]
    public async Task ListEntities_EveryKindAndSort_Same()
    {
        foreach (var sort in Enum.GetValues<EntitySort>())
        {
            await Same(s => s.ListEntitiesAsync(new EntityListQuery { Sort = sort, First = 100, IncludeTotal = true }));
            foreach (var kind in EntityKinds.All)
                await Same(s => s.ListEntitiesAsync(new EntityListQuery { Kind = kind, Sort = sort, First = 7, Offset = 3, IncludeTotal = true }));
        }
        foreach (var needle in new[] { "min", "T-MEC", "economía", "of", "canada's", "u.s." })
            await Same(s => s.ListEntitiesAsync(new EntityListQuery { NameContains = needle, First = 50, IncludeTotal = true }));
        await Same(s => s.ListEntitiesAsync(new EntityListQuery { DateFrom = new DateOnly(2025, 1, 1), DateTo = new DateOnly(2025, 12, 31), Sort = EntitySort.DateDesc, First = 50 }));
        await Same(s => s.ListEntitiesAsync(new EntityListQuery { Country = "government/mexico", First = 50, IncludeTotal = true }));
    }

    [Fact]
    public async Task Search_WordsOfEveryName_Same()
    {
        var texts = Entities.SelectMany(e => e.Aliases.Prepend(e.Name)).SelectMany(Probes).Distinct().ToList();
        foreach (var text in texts) await Same(s => s.SearchAsync(new SearchQuery(text, First: 10)));
        await Same(s => s.SearchAsync(new SearchQuery("min", [EntityKind.Mineral, EntityKind.Agreement], 50)));
    }

    /// <summary>A whole name, its first word, a 3-letter prefix of its longest word, and its first two words run together.</summary>
    static IEnumerable<string> Probes(string name)
    {
        var words = Domain.Text.SearchText.Tokens(name);
        if (words.Length == 0) yield break;
        yield return name;
        yield return words[0];
        var longest = words.MaxBy(w => w.Length)!;
        yield return longest[..Math.Min(3, longest.Length)];
        if (words.Length > 1) yield return words[0] + words[1];
    }

    [Fact]
    public async Task Neighbourhood_SampleOfEntitiesAndLimits_Same()
    {
        foreach (var e in Entities.Where((_, i) => i % 4 == 0))
        {
            await Same(s => s.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = e.Id, Depth = 2 }));
            await Same(s => s.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = e.Id, Depth = 3, LimitPerNode = 4, MaxNodes = 30, AsOf = AsOf }));
        }
        await Same(s => s.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "government/mexico", Depth = 2, Kinds = [RelationKind.MemberOf, RelationKind.PartOf] }));
    }

    [Fact]
    public async Task FindPaths_PairsAcrossKinds_Same()
    {
        var ends = Entities.GroupBy(e => e.Kind).Select(g => g.First().Id).ToList();
        foreach (var from in ends)
        {
            foreach (var to in ends)
            {
                await Same(s => s.FindPathsAsync(new PathQuery { From = from, To = to, MaxHops = 4, First = 5, Today = AsOf }));
                await Same(s => s.FindPathsAsync(new PathQuery { From = from, To = to, MaxHops = 3, First = 10, Through = PathThrough.Any, Today = AsOf }));
            }
            await Same(s => s.FindPathsAsync(new PathQuery { From = from, To = "government/china", MaxHops = 6, First = 10, AsOf = AsOf }));
        }
    }

    [Fact]
    public async Task FindPaths_ArticlePairs_Same()
    {
        (string, string)[] pairs =
        [
            ("official/claudia-sheinbaum", "agreement/minerals-security-partnership"), ("official/marcelo-ebrard", "agreement/critical-minerals-production-alliance"),
            ("official/mark-carney", "agreement/us-mexico-critical-minerals-action-plan"), ("company/mp-materials", "government/canada"), ("company/mp-materials", "government/mexico"),
        ];
        foreach (var (from, to) in pairs)
        {
            foreach (var through in Enum.GetValues<PathThrough>())
                await Same(s => s.FindPathsAsync(new PathQuery { From = from, To = to, MaxHops = 4, First = 10, Through = through, Today = AsOf }));
        }
    }

    [Fact]
    public async Task FindCommonTies_GovernmentsAndOfficials_Same()
    {
        string[][] sets =
        [
            ["government/canada", "government/mexico"], ["government/canada", "government/mexico", "government/united-states"],
            ["government/united-states", "government/japan", "government/european-union", "government/canada", "government/united-kingdom"],
            ["official/claudia-sheinbaum", "official/mark-carney"], ["government/china", "mineral/lithium"], ["government/mexico", "government/atlantis"],
        ];
        foreach (var ids in sets)
        {
            await Same(s => s.FindCommonTiesAsync(new CommonTiesQuery { Ids = ids, First = 100, Today = AsOf }));
            await Same(s => s.FindCommonTiesAsync(new CommonTiesQuery { Ids = ids, Kinds = [RelationKind.MemberOf, RelationKind.TookPartIn], AsOf = AsOf }));
        }
    }

    [Fact]
    public async Task AlliesSharingCapacity_EveryStage_Same()
    {
        foreach (var stage in Enum.GetValues<CapacityStage>())
        {
            await Same(s => s.FindAlliesSharingCapacityAsync(new CapacityQuery { Stage = stage }));
            await Same(s => s.FindAlliesSharingCapacityAsync(new CapacityQuery { Stage = stage, AsOf = AsOf }));
        }
        foreach (var mineral in Entities.Where(e => e.Kind == EntityKind.Mineral).Take(10))
            await Same(s => s.FindAlliesSharingCapacityAsync(new CapacityQuery { Mineral = mineral.Id }));
    }

    /// <summary>
    /// A root read with needs two levels of pages deep (ends, countries, disputes, sources at each) answers every key
    /// as the Neo4j store's own operations do (which the tests above hold equal to the embedded store's), and its
    /// value is the embedded store's.
    /// </summary>
    [Fact]
    public async Task ReadAhead_EveryRootRead_AsTheOperations()
    {
        var needs = ReadAheadCheck.Needs(
            new RelationListQuery { EntityId = "", First = 5, IncludeTotal = true },
            new RelationListQuery { EntityId = "", Kinds = [RelationKind.MemberOf, RelationKind.Covers], Direction = RelationDirection.Incoming, First = 4, AsOf = AsOf },
            new RelationListQuery { EntityId = "", Direction = RelationDirection.Outgoing, First = 2, Offset = 1, IncludeRetracted = true, IncludeTotal = true });
        var ids = Entities.Where((_, i) => i % 5 == 0).Select(e => e.Id).ToList();
        await Read(new EntitiesRead([.. ids, "government/atlantis"]));
        foreach (var id in ids.Take(20)) await Read(new EntityRead(id));
        foreach (var r in stores.Seed.Relations.Where(r => r.DisputedBy.Count > 0).Take(10)) await Read(new RelationRead(r.Id));
        await Read(new EntityListRead(new EntityListQuery { Kind = EntityKind.Agreement, First = 10, IncludeTotal = true }));
        await Read(new SearchRead(new SearchQuery("T-MEC", null, 5)));
        await Read(new NeighbourhoodRead(new NeighbourhoodQuery { Id = "government/mexico", Depth = 2, LimitPerNode = 5 }));
        await Read(new PathsRead(new PathQuery { From = "official/claudia-sheinbaum", To = "agreement/minerals-security-partnership", First = 3 }));
        await Read(new CapacityRead(new CapacityQuery { Stage = CapacityStage.Refining, RestrictedBy = "government/china" }));

        async Task Read<T>(RootRead<T> root)
        {
            var read = await ReadAheadCheck.SameAsOperationsAsync(stores.Store, root, needs);
            Assert.Equal(Json(await root.RunAsync(stores.Embedded, default)), Json(read.Value));
        }
    }

    async Task Same<T>(Func<IGraphStore, Task<T>> operation)
    {
        var expected = Json(await operation(stores.Embedded));
        var actual = Json(await operation(stores.Store));
        Assert.Equal(expected, actual);
    }

    static string Json<T>(T value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = true });
}
