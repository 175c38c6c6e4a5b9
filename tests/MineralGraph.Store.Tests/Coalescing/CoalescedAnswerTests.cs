using System.Text.Json;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.Store.Neo4j.Coalescing;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Tests.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Coalescing;

/// <summary>
/// On the real Neo4j with the contract seed: for every store statement that is coalesced, the coalesced statement
/// gives each parameter set exactly the rows the statement gives it alone (unknown ids: no rows), and the same
/// statement text serves any number of sets.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class CoalescedAnswerTests(Neo4jContractStore neo4j) : IClassFixture<Neo4jContractStore>
{
    public static TheoryData<string, CypherStatement[]> Cases => new()
    {
        { "entity-by-id", [EntityByIdCypher.Statement("government/mexico"), EntityByIdCypher.Statement("nowhere/unknown"), EntityByIdCypher.Statement("mineral/lithium")] },
        { "entities-by-ids", [EntitiesByIdsCypher.Statement(["government/mexico", "mineral/lithium"]), EntitiesByIdsCypher.Statement(["nowhere/unknown"]), EntitiesByIdsCypher.Statement(["government/canada"])] },
        { "relations-by-ids", [RelationsByIdsCypher.Statement(["rel/mexico-member-of-usmca", "rel/unknown"]), RelationsByIdsCypher.Statement(["rel/dysprosium-part-of-ree"])] },
        { "search", [SearchCypher.Statement(SearchTerms.Of("mexico")!, null), SearchCypher.Statement(SearchTerms.Of("zzzz")!, null), SearchCypher.Statement(SearchTerms.Of("lith")!, [EntityKind.Mineral])] },
        { "relations-of-entities", [
            RelationsOfEntitiesCypher.Statement([new RelationListQuery { EntityId = "government/mexico" }, new RelationListQuery { EntityId = "nowhere/unknown" }]),
            RelationsOfEntitiesCypher.Statement([new RelationListQuery { EntityId = "government/canada", Kinds = [RelationKind.MemberOf], Direction = RelationDirection.Outgoing, First = 1, Offset = 1 }]),
            RelationsOfEntitiesCypher.Statement([new RelationListQuery { EntityId = "mineral/rare-earth-elements", AsOf = new DateOnly(2020, 1, 1), IncludeRetracted = true }])] },
        { "allies-sharing-capacity", [
            AlliesSharingCapacityCypher.Statement(new CapacityQuery { Stage = CapacityStage.Refining, RestrictedBy = "government/china" }),
            AlliesSharingCapacityCypher.Statement(new CapacityQuery { Stage = CapacityStage.Mining, RestrictedBy = "government/china", Mineral = "mineral/dysprosium" }),
            AlliesSharingCapacityCypher.Statement(new CapacityQuery { RestrictedBy = "nowhere/unknown" }),
            AlliesSharingCapacityCypher.Statement(new CapacityQuery { Stage = CapacityStage.Refining, RestrictedBy = "government/china", AsOf = new DateOnly(2010, 1, 1) })] },
        { "counts", [CountsCypher.Statement(), CountsCypher.Statement()] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Coalesced_GivesEachSetItsOwnRowsAlone(string name, CypherStatement[] statements)
    {
        var form = CoalescedForm.Of(statements[0].Text, out var refusal) ?? throw new Xunit.Sdk.XunitException($"{name}: {refusal}");

        var together = CoalescedForm.Split(await neo4j.Client.ReadAsync(form.Statement(statements.Select(s => s.Parameters).ToList())), statements.Length);

        Assert.Equal(statements.Length, together.Count);
        for (var i = 0; i < statements.Length; i++)
        {
            var alone = await neo4j.Client.ReadAsync(statements[i]);
            Assert.Equal(Rows(alone), Rows(together[i]));
        }
        Assert.Contains(together, answer => answer.Rows.Count > 0);
    }

    /// <summary>Each row as JSON of its named values; sorted, because only these statements' single rows have a promised order.</summary>
    static List<string> Rows(QueryResult result) =>
        result.Rows.Select(row => JsonSerializer.Serialize(result.Fields.Order(StringComparer.Ordinal).ToDictionary(f => f, f => row[f]))).Order(StringComparer.Ordinal).ToList();
}
