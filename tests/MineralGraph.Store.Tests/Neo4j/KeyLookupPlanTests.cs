using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j.Curation;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>
/// The statements that find relations and changes by a key (a source their evidence cites, a relation id, a change
/// target; reads, and the write that makes disputes symmetric) plan as index look-ups on the real Neo4j: EXPLAIN shows no scan of every relationship, node or change.
/// A subquery written inside an expression (<c>EXISTS { … }</c> in a CASE) is not planned as operators, so its
/// reads are not in the plan at all; the check refuses those too, so it cannot be passed by hiding a scan there.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class KeyLookupPlanTests(Neo4jContractStore neo4j) : IClassFixture<Neo4jContractStore>
{
    [Fact]
    public async Task HeldSources_FindsCitingRelationsThroughTheIndex() =>
        Assert.Empty(ScansIn(await ExplainAsync(HeldSourcesCypher.Statement(["source/fixture-article", "government/mexico"]))));

    [Fact]
    public async Task Changes_ChecksIdsAndFindsChangesThroughIndexes()
    {
        var scoped = ChangesCypher.Statement(new ChangesQuery(0, Ids: ["government/mexico", "rel/never-a-relation"], First: 20), after: 0);
        Assert.Empty(ScansIn(await ExplainAsync(scoped)));
        var whole = ChangesCypher.Statement(new ChangesQuery(0, First: 20), after: 0);
        Assert.Empty(ScansIn(await ExplainAsync(whole)));
    }

    [Fact]
    public async Task History_FindsChangesThroughTheIndex() =>
        Assert.Empty(ScansIn(await ExplainAsync(CurationHistoryCypher.Statement("rel/mexico-member-of-usmca"))));

    [Fact]
    public async Task RelationsById_AndTheirDisputesWrittenBack_AreFoundThroughTheIndex()
    {
        Assert.Empty(ScansIn(await ExplainAsync(RelationsByIdsCypher.Statement(["rel/mexico-member-of-usmca", "rel/never-a-relation"]))));
        var relation = new Relation
        {
            Id = "rel/plan-test", Kind = RelationKind.MemberOf, From = "government/mexico", To = "agreement/usmca", Denied = true,
            DisputedBy = ["rel/mexico-member-of-usmca"], Evidence = [new Evidence("source/fixture-article", "quote")],
        };
        Assert.Empty(ScansIn(await ExplainAsync(CurationRelationWriteCypher.Statement(relation, isNew: true))));
        // What a curated change asks first: the relations it names, and those numbered from a new relation's id stem.
        Assert.Empty(ScansIn(await ExplainAsync(CurationLookupCypher.Statement(
            ["government/japan"], [], ["rel/mexico-member-of-usmca"], ("member-of", "government/japan", "agreement/usmca"), ("government/japan", "agreement/usmca")))));
    }

    /// <summary>The check itself: the statements as they were before the key indexes are refused, each for its scan.</summary>
    [Theory]
    [InlineData("MATCH ()-[r:MEMBER_OF|COVERS]->() WHERE any(x IN r.evidenceSources WHERE x IN $ids) RETURN r", "AllNodesScan")]
    [InlineData("UNWIND $ids AS id RETURN CASE WHEN EXISTS { MATCH (:Entity {id: id}) } THEN true ELSE EXISTS { MATCH (:Entity)-[r]->(:Entity) WHERE r.id = id } END AS known", "EXISTS {")]
    [InlineData("MATCH (c:Change) WHERE any(t IN c.targets WHERE t IN $ids) RETURN c", "NodeByLabelScan")]
    public async Task Check_RefusesAScanOrAnUnplannedSubquery(string text, string expected)
    {
        var problems = ScansIn(await ExplainAsync(new CypherStatement(text, new Dictionary<string, object?> { ["ids"] = new List<string> { "source/fixture-article" } })));
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeysWithQuotesAndBackslashes_AreLookedUpExactly()
    {
        const string odd = "source/a\"b\\c OR *:*";
        Assert.Null(Assert.Single(await neo4j.Store.GetHeldSourcesAsync([odd])));
        var curation = neo4j.Services.GetRequiredService<Neo4jCurationStore>();
        var unknown = await Assert.ThrowsAsync<UnknownIdsException>(() => curation.ChangesAsync(new ChangesQuery(0, Ids: [odd, "rel/mexico-member-of-usmca"])));
        Assert.Equal([odd], unknown.Ids);
        Assert.Empty(await curation.HistoryAsync(odd));
        Assert.All(await neo4j.Store.GetRelationsByIdAsync([odd, "rel/mexico-member-of-usmca*"]), Assert.Null);
    }

    /// <summary>Operators that read every relationship, node or node of a label, and subqueries hidden in expressions.</summary>
    static List<string> ScansIn(JsonElement plan)
    {
        var problems = new List<string>();
        Walk(plan);
        return problems;

        void Walk(JsonElement op)
        {
            var type = op.GetProperty("operatorType").GetString()!.Split('@')[0];
            var details = op.TryGetProperty("arguments", out var a) && a.TryGetProperty("Details", out var d) ? d.ToString() : "";
            if (type.EndsWith("AllNodesScan", StringComparison.Ordinal) || type.Contains("RelationshipsScan", StringComparison.Ordinal)
                || type.Contains("RelationshipTypeScan", StringComparison.Ordinal) || type.Contains("NodeByLabelScan", StringComparison.Ordinal))
                problems.Add($"{type}: {details}");
            foreach (var hidden in new[] { "EXISTS {", "COUNT {" })
                if (details.Contains(hidden, StringComparison.Ordinal)) problems.Add($"{type} evaluates {hidden} … }} outside the plan: {details}");
            if (op.TryGetProperty("children", out var children))
                foreach (var child in children.EnumerateArray()) Walk(child);
        }
    }

    async Task<JsonElement> ExplainAsync(CypherStatement statement)
    {
        var instance = neo4j.Instance;
        using var http = new HttpClient { BaseAddress = instance.HttpUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{instance.User}:{instance.Password}")));
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.PostAsJsonAsync($"db/{instance.Database}/query/v2",
            new { statement = "EXPLAIN " + statement.Text, parameters = statement.Parameters });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.TryGetProperty("queryPlan", out var plan), body.ToString());
        return plan;
    }
}
