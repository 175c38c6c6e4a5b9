using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.Domain.Text;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Cypher.ReadAhead;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>
/// Golden Cypher (no database): each store operation's statement text and parameter map, compared with
/// Neo4j/Golden/*.cypher. A change to a statement shows up here as a readable diff; to accept it, run with
/// UPDATE_GOLDEN=1 and review the files. Also checks that no request value ever reaches a statement's text.
/// </summary>
public sealed class CypherGoldenTests
{
    const string Hostile = "x'}) DETACH DELETE n //";

    [Fact]
    public void EntityById_MatchesGolden() => Golden.Match("entity-by-id", EntityByIdCypher.Statement("government/mexico"));

    [Fact]
    public void EntitiesByIds_MatchesGolden() =>
        Golden.Match("entities-by-ids", EntitiesByIdsCypher.Statement(["government/mexico", "mineral/lithium", "government/mexico"]));

    [Fact]
    public void RelationsByIds_MatchesGolden() =>
        Golden.Match("relations-by-ids", RelationsByIdsCypher.Statement(["rel/ebrard-secretary-of-economy", "rel/unknown", "rel/ebrard-secretary-of-economy"]));

    [Fact]
    public void EntityList_MatchesGolden() => Golden.Match("entity-list", EntityListCypher.Statement(new EntityListQuery
    {
        Kind = EntityKind.Agreement, NameContains = "T-MEC", Status = "active", DateFrom = new DateOnly(2020, 1, 1),
        Sort = EntitySort.DateDesc, First = 10, Offset = 20, IncludeTotal = true,
    }));

    [Fact]
    public void Search_MatchesGolden() => Golden.Match("search", SearchCypher.Statement(SearchTerms.Of("Secretaría de Economía")!, [EntityKind.Agency]));

    [Fact]
    public void RelationsOfEntities_MatchesGolden() => Golden.Match("relations-of-entities", RelationsOfEntitiesCypher.Statement(
    [
        new RelationListQuery { EntityId = "government/mexico", Kinds = [RelationKind.MemberOf, RelationKind.HoldsReserves], AsOf = new DateOnly(2025, 3, 1) },
        new RelationListQuery { EntityId = "official/marcelo-ebrard", Direction = RelationDirection.Outgoing, First = 5, Offset = 5, IncludeRetracted = true },
    ]));

    [Fact]
    public void Neighbourhood_DepthTwo_MatchesGolden() => Golden.Match("neighbourhood-depth-2", NeighbourhoodCypher.Statement(new NeighbourhoodQuery
    {
        Id = "government/mexico", Depth = 2, Kinds = [RelationKind.MemberOf], AsOf = new DateOnly(2025, 1, 1), LimitPerNode = 25, MaxNodes = 500,
    }));

    [Fact]
    public void Paths_MatchesGolden() => Golden.Match("paths-4-hops", PathsCypher.Statement(new PathQuery
    {
        From = "official/marcelo-ebrard", To = "government/canada", MaxHops = 4, AsOf = new DateOnly(2025, 9, 18),
    }));

    [Fact]
    public void CommonTies_MatchesGolden() => Golden.Match("common-ties", CommonTiesCypher.Statement(new CommonTiesQuery
    {
        Ids = ["government/mexico", "government/canada", "government/united-states"], Kinds = [RelationKind.MemberOf], AsOf = new DateOnly(2025, 9, 18),
    }));

    [Fact]
    public void AlliesSharingCapacity_MatchesGolden() => Golden.Match("allies-sharing-capacity", AlliesSharingCapacityCypher.Statement(new CapacityQuery
    {
        Stage = CapacityStage.Refining, RestrictedBy = "government/china", Mineral = "mineral/dysprosium", AsOf = new DateOnly(2025, 10, 1),
    }));

    [Fact]
    public void Timeline_OfEntities_MatchesGolden() => Golden.Match("timeline-of-entities", TimelineCypher.Statement(new Domain.Timeline.TimelineQuery
    {
        Ids = ["government/mexico", "agreement/usmca"], From = new DateOnly(2020, 1, 1), Kinds = [Domain.Timeline.TimelineItemKind.Agreement], First = 10,
    }));

    [Fact]
    public void Timeline_WholeGraph_MatchesGolden() => Golden.Match("timeline-whole-graph", TimelineCypher.Statement(new Domain.Timeline.TimelineQuery
    {
        Kinds = [Domain.Timeline.TimelineItemKind.Relation, Domain.Timeline.TimelineItemKind.Measure], To = new DateOnly(2025, 12, 31),
    }));

    [Fact]
    public void HeldSources_MatchesGolden() => Golden.Match("held-sources", HeldSourcesCypher.Statement(["source/canada-mexico-strategic-choice", "government/mexico"]));

    // Root reads with what a selection needs below them, as the GraphQL layer builds the needs for the README's
    // examples 1 and 5 and the benchmark's nested query (c): each one statement.

    [Fact]
    public void ReadAhead_Example1_MatchesGolden() => Golden.Match("read-ahead-example-1", ReadAheadCypher.Statement(
        EntityByIdCypher.Root("agency/mexico-secretaria-de-economia"),
        new ReadNeeds(new EntityNeeds
        {
            Pages = [new PageNeeds(Page([RelationKind.HoldsPosition], RelationDirection.Incoming), new RelationNeeds { From = EntityNeeds.Nothing }, null)],
        }, RelationNeeds.Nothing)).Statement);

    [Fact]
    public void ReadAhead_Example5_MatchesGolden()
    {
        var ends = new RelationNeeds { To = EntityNeeds.Nothing };
        Golden.Match("read-ahead-example-5", ReadAheadCypher.Statement(
            EntityByIdCypher.Root("agreement/canada-mexico-action-plan"),
            new ReadNeeds(new EntityNeeds
            {
                Pages = [new PageNeeds(Page([RelationKind.Covers], RelationDirection.Outgoing), ends with { DisputedBy = ends }, null)],
            }, RelationNeeds.Nothing)).Statement);
    }

    [Fact]
    public void ReadAhead_CoversThenMembers_MatchesGolden() => Golden.Match("read-ahead-covers-members", ReadAheadCypher.Statement(
        EntityByIdCypher.Root("mineral/critical-minerals"),
        new ReadNeeds(new EntityNeeds
        {
            Pages =
            [
                new PageNeeds(Page([RelationKind.Covers], RelationDirection.Incoming), RelationNeeds.Nothing, new EntityNeeds
                {
                    Pages = [new PageNeeds(Page([RelationKind.MemberOf], RelationDirection.Incoming), RelationNeeds.Nothing, EntityNeeds.Nothing)],
                }),
            ],
        }, RelationNeeds.Nothing)).Statement);

    [Fact]
    public void ReadAhead_TextIndependentOfRequestValues()
    {
        var needs = new ReadNeeds(new EntityNeeds { Pages = [new PageNeeds(Page([RelationKind.Covers], RelationDirection.Both), RelationNeeds.Nothing, null)] }, RelationNeeds.Nothing);
        var hostile = new ReadNeeds(new EntityNeeds
        {
            Pages = [new PageNeeds(Page([RelationKind.Covers], RelationDirection.Both) with { EntityId = Hostile, AsOf = new DateOnly(2020, 1, 1), First = 3, Offset = 7, IncludeRetracted = true }, RelationNeeds.Nothing, null)],
        }, RelationNeeds.Nothing);
        Assert.Equal(ReadAheadCypher.Statement(EntityByIdCypher.Root("a"), needs).Statement.Text, ReadAheadCypher.Statement(EntityByIdCypher.Root(Hostile), hostile).Statement.Text);
    }

    static RelationListQuery Page(RelationKind[] kinds, RelationDirection direction) =>
        new() { EntityId = "", Kinds = kinds, Direction = direction, First = QueryDefaults.PageSize };

    [Fact]
    public void Counts_MatchesGolden() => Golden.Match("counts", CountsCypher.Statement());

    [Fact]
    public void SeedWrites_MatchGolden() => Golden.Match("seed-writes", new CypherStatement(string.Join("\n;\n",
        SeedWriteCypher.RemoveStale, SeedWriteCypher.WriteEntities, SeedWriteCypher.WriteRelations(RelationKind.HoldsPosition), SeedWriteCypher.WriteMerged,
        SeedWriteCypher.CreateEntities, SeedWriteCypher.CreateRelations)));

    [Fact]
    public void EveryStatement_TextIndependentOfRequestValues()
    {
        Assert.Equal(EntityByIdCypher.Statement("a").Text, EntityByIdCypher.Statement(Hostile).Text);
        Assert.Equal(EntitiesByIdsCypher.Statement(["a"]).Text, EntitiesByIdsCypher.Statement([Hostile]).Text);
        Assert.Equal(RelationsByIdsCypher.Statement(["a"]).Text, RelationsByIdsCypher.Statement([Hostile]).Text);
        Assert.Equal(EntityListCypher.Statement(new EntityListQuery()).Text,
            EntityListCypher.Statement(new EntityListQuery { NameContains = Hostile, Country = Hostile, Type = Hostile, Status = Hostile }).Text);
        Assert.Equal(SearchCypher.Statement(SearchTerms.Of("a")!, null).Text, SearchCypher.Statement(new SearchTerms([Hostile], Hostile), [EntityKind.Agency]).Text);
        Assert.Equal(RelationsOfEntitiesCypher.Statement([new RelationListQuery { EntityId = "a" }]).Text,
            RelationsOfEntitiesCypher.Statement([new RelationListQuery { EntityId = Hostile, Kinds = [RelationKind.Owns] }]).Text);
        Assert.Equal(NeighbourhoodCypher.Statement(new NeighbourhoodQuery { Id = "a" }).Text, NeighbourhoodCypher.Statement(new NeighbourhoodQuery { Id = Hostile }).Text);
        Assert.Equal(PathsCypher.Statement(new PathQuery { From = "a", To = "b" }).Text, PathsCypher.Statement(new PathQuery { From = Hostile, To = Hostile }).Text);
        Assert.Equal(CommonTiesCypher.Statement(new CommonTiesQuery { Ids = ["a", "b"] }).Text, CommonTiesCypher.Statement(new CommonTiesQuery { Ids = [Hostile, "b", Hostile] }).Text);
        Assert.Equal(AlliesSharingCapacityCypher.Statement(new CapacityQuery()).Text,
            AlliesSharingCapacityCypher.Statement(new CapacityQuery { RestrictedBy = Hostile, Mineral = Hostile }).Text);
        Assert.Equal(TimelineCypher.OfEntities, TimelineCypher.Statement(new Domain.Timeline.TimelineQuery { Ids = [Hostile] }).Text);
        Assert.Equal(HeldSourcesCypher.Text, HeldSourcesCypher.Statement([Hostile]).Text);
    }

    [Fact]
    public void VariableTexts_ComeOnlyFromClosedRanges()
    {
        Assert.Equal(5, Enum.GetValues<EntitySort>().Select(EntityListCypher.Text).Distinct().Count());
        Assert.Contains("*..4]", PathsCypher.Text(4));
        Assert.Equal(PathsCypher.Text(1).Replace("*..1]", ""), PathsCypher.Text(0).Replace("*..1]", ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathsCypher.Text(PathsCypher.LongestStatement + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NeighbourhoodCypher.Text(NeighbourhoodCypher.DeepestStatement + 1));
        Assert.Equal(3, CountOccurrences(NeighbourhoodCypher.Text(3), "CALL (nodes, frontierStart)"));
    }

    static int CountOccurrences(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    /// <summary>Reads and (with UPDATE_GOLDEN=1) writes the golden files beside this source file.</summary>
    static class Golden
    {
        static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static void Match(string name, CypherStatement statement, [CallerFilePath] string source = "")
        {
            var rendered = $"{statement.Text.Trim()}\n\n// parameters\n{JsonSerializer.Serialize(statement.Parameters, Json)}\n".Replace("\r\n", "\n");
            var path = Path.Combine(Path.GetDirectoryName(source)!, "Golden", name + ".cypher");
            if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(path, rendered);
            Assert.True(File.Exists(path), $"no golden file {path}; run with UPDATE_GOLDEN=1 to create it");
            Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), rendered);
        }
    }
}
