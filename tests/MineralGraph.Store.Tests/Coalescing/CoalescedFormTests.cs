using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.Store.Neo4j.Coalescing;
using MineralGraph.Store.Neo4j.Cypher;

namespace MineralGraph.Store.Tests.Coalescing;

/// <summary>
/// The coalesced form, without a database: which statements may be coalesced (an explicit verdict for every store
/// statement, with the reason when not), what the rewrite does to parameters, scopes and projections, and that the
/// form's text never depends on request values.
/// </summary>
public sealed class CoalescedFormTests
{
    const string Hostile = "x'}) DETACH DELETE n //";

    /// <summary>Every read statement of the store, with null where it is coalesced, else a word of the reason it is not.</summary>
    public static TheoryData<string, CypherStatement, string?> StoreStatements => new()
    {
        { "entity-by-id", EntityByIdCypher.Statement("government/mexico"), null },
        { "entities-by-ids", EntitiesByIdsCypher.Statement(["government/mexico"]), null },
        { "relations-by-ids", RelationsByIdsCypher.Statement(["rel/x"]), null },
        { "search", SearchCypher.Statement(SearchTerms.Of("mexico")!, null), null },
        { "relations-of-entities", RelationsOfEntitiesCypher.Statement([new RelationListQuery { EntityId = "government/mexico" }]), null },
        { "allies-sharing-capacity", AlliesSharingCapacityCypher.Statement(new CapacityQuery()), null },
        { "counts", CountsCypher.Statement(), null },
        { "entity-list", EntityListCypher.Statement(new EntityListQuery()), "aggregates with no grouping key" },
        { "neighbourhood", NeighbourhoodCypher.Statement(new NeighbourhoodQuery { Id = "a", Depth = 2 }), "LIMIT" },
        { "paths", PathsCypher.Statement(new PathQuery { From = "a", To = "b" }), "LIMIT" },
        { "curation-history", CurationHistoryCypher.Statement("a"), "LIMIT" },
    };

    [Theory]
    [MemberData(nameof(StoreStatements))]
    public void StoreStatement_HasItsVerdict(string name, CypherStatement statement, string? refusedFor)
    {
        var form = CoalescedForm.Of(statement.Text, out var refusal);
        if (refusedFor is null)
        {
            Assert.True(form is not null, $"{name} is not coalesced: {refusal}");
            Assert.True(form.Accepts(statement.Parameters), $"{name}'s parameters do not cover what its text reads");
        }
        else
        {
            Assert.Null(form);
            Assert.Contains(refusedFor, refusal);
        }
    }

    [Fact]
    public void EntityById_ParametersBecomeArgumentsInsideOneCallPerSet()
    {
        var form = CoalescedForm.Of(EntityByIdCypher.Statement("government/mexico").Text, out _)!;

        Assert.Equal("""
            UNWIND range(0, size($coalesced) - 1) AS coalescedIndex
            CALL (coalescedIndex) {
            WITH $coalesced[coalescedIndex] AS coalescedArgs
            OPTIONAL MATCH (:MergedId {id: coalescedArgs.id})-[:MERGED_INTO]->(merged_n:Entity)
            OPTIONAL MATCH (direct_n:Entity {id: coalescedArgs.id})
            WITH *, coalesce(merged_n, direct_n) AS n
            WITH n WHERE n IS NOT NULL
            RETURN n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} AS entity
            }
            RETURN *
            """.ReplaceLineEndings("\n"), form.Text.ReplaceLineEndings("\n"));
        Assert.Equal(["id"], form.Parameters);
    }

    [Fact]
    public void ArgumentsAreCarriedThroughWithAndScopesOnlyWhereSomethingLaterReadsThem()
    {
        var form = CoalescedForm.Of("""
            MATCH (a {id: $a})
            WITH a, count(*) AS n
            CALL (a) { MATCH (a)--(b) WHERE b.x = $x RETURN b }
            CALL () { RETURN 1 AS one }
            CALL () { RETURN $y AS y }
            WITH b, y
            RETURN b, y
            """, out var refusal);

        Assert.True(form is not null, refusal);
        Assert.Contains("WITH coalescedArgs, a, count(*) AS n", form.Text);
        Assert.Contains("CALL (coalescedArgs, a) { MATCH (a)--(b) WHERE b.x = coalescedArgs.x RETURN b }", form.Text);
        Assert.Contains("CALL () { RETURN 1 AS one }", form.Text);
        Assert.Contains("CALL (coalescedArgs) { RETURN coalescedArgs.y AS y }", form.Text);
        Assert.Contains("WITH b, y\nRETURN b, y", form.Text.ReplaceLineEndings("\n"));
        Assert.Equal(["a", "x", "y"], form.Parameters.Order());
    }

    [Fact]
    public void TextInLiteralsCommentsAndStringOperatorsIsLeftAlone()
    {
        var form = CoalescedForm.Of("""
            MATCH (n) // not $here
            WHERE n.name STARTS WITH $prefix AND n.note = '$literal' AND n.limit = 1 /* nor $there */
            RETURN n.`$quoted` AS q
            """, out var refusal);

        Assert.True(form is not null, refusal);
        Assert.Contains("STARTS WITH coalescedArgs.prefix", form.Text);
        Assert.Contains("'$literal'", form.Text);
        Assert.Contains("// not $here", form.Text);
        Assert.Contains("/* nor $there */", form.Text);
        Assert.Equal(["prefix"], form.Parameters);
    }

    [Fact]
    public void TopLevelUnion_EveryPartGetsItsArguments()
    {
        var form = CoalescedForm.Of("MATCH (a {id: $id}) RETURN a.id AS x UNION ALL MATCH (b {id: $other}) RETURN b.id AS x", out var refusal);

        Assert.True(form is not null, refusal);
        Assert.Equal(2, CountOf(form.Text, "WITH $coalesced[coalescedIndex] AS coalescedArgs"));
    }

    [Theory]
    [InlineData("MATCH (n) RETURN n LIMIT $first", "LIMIT")]
    [InlineData("MATCH (n) RETURN n ORDER BY n.id SKIP $offset LIMIT 5", "SKIP")]
    [InlineData("MATCH (n) WITH n LIMIT toInteger($first) RETURN n", "LIMIT")]
    [InlineData("MATCH p = (a)-[*..$hops]-(b) RETURN p", "variable-length")]
    [InlineData("MATCH (n) WITH count(n) AS c WHERE c > $least RETURN c", "no grouping key")]
    [InlineData("MATCH (n) CALL { WITH n MATCH (n)--(m) WHERE m.x = $x RETURN m } RETURN m", "unscoped")]
    [InlineData("MERGE (n {id: $id}) RETURN n", "not a reading clause")]
    [InlineData("MATCH (n {id: $id}) SET n.seen = true RETURN n", "writes")]
    [InlineData("MATCH (n {id: $id}) WITH n RETURN n UNION MATCH (coalescedArgs) RETURN coalescedArgs AS n", "already names")]
    [InlineData("MATCH (n {id: $`odd name`}) RETURN n", "cannot be read")]
    [InlineData("MATCH (n {id: $id})", "returns nothing")]
    [InlineData("SHOW INDEXES YIELD name RETURN name", "not a reading clause")]
    public void UnsafeStatement_IsRefusedWithItsReason(string text, string reason)
    {
        Assert.Null(CoalescedForm.Of(text, out var refusal));
        Assert.Contains(reason, refusal);
    }

    [Fact]
    public void AggregatingWithNobodyNeedsAfterwards_IsLeftAsItIs()
    {
        var form = CoalescedForm.Of("MATCH (n) WHERE n.kind = $kind WITH collect(n) AS all RETURN size(all) AS total", out var refusal);

        Assert.True(form is not null, refusal);
        Assert.Contains("WITH collect(n) AS all", form.Text);
    }

    [Fact]
    public void CoalescedStatement_TextIndependentOfRequestValues()
    {
        foreach (var (plain, hostile) in new[]
        {
            (EntityByIdCypher.Statement("a"), EntityByIdCypher.Statement(Hostile)),
            (EntitiesByIdsCypher.Statement(["a"]), EntitiesByIdsCypher.Statement([Hostile])),
            (RelationsByIdsCypher.Statement(["a"]), RelationsByIdsCypher.Statement([Hostile])),
            (SearchCypher.Statement(SearchTerms.Of("a")!, null), SearchCypher.Statement(new SearchTerms([Hostile], Hostile), [EntityKind.Agency])),
            (RelationsOfEntitiesCypher.Statement([new RelationListQuery { EntityId = "a" }]),
             RelationsOfEntitiesCypher.Statement([new RelationListQuery { EntityId = Hostile, Kinds = [RelationKind.Owns] }])),
            (AlliesSharingCapacityCypher.Statement(new CapacityQuery()), AlliesSharingCapacityCypher.Statement(new CapacityQuery { RestrictedBy = Hostile, Mineral = Hostile })),
        })
        {
            var form = CoalescedForm.Of(plain.Text, out _)!;
            var batch = form.Statement([plain.Parameters, hostile.Parameters]);
            Assert.Equal(form.Text, batch.Text);
            Assert.Equal(form.Text, CoalescedForm.Of(hostile.Text, out _)!.Text);
            Assert.DoesNotContain(Hostile, batch.Text);
            Assert.Equal([plain.Parameters, hostile.Parameters], (IEnumerable<IReadOnlyDictionary<string, object?>>)batch.Parameters[CoalescedForm.BatchParameter]!);
        }
    }

    static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
