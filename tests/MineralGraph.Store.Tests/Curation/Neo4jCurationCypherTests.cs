using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Model;
using MineralGraph.Store.Neo4j.Curation;
using MineralGraph.Store.Neo4j.Cypher;

namespace MineralGraph.Store.Tests.Curation;

/// <summary>
/// The curation statements without a database: request values reach Neo4j only as parameters, and the lookup is
/// asked about every id a request names (the rules fail loudly on anything it was not asked).
/// </summary>
public sealed class Neo4jCurationCypherTests
{
    const string Hostile = "x'}) DETACH DELETE n //";

    [Fact]
    public void EveryCurationStatement_TextIndependentOfRequestValues()
    {
        var entity = new Entity { Id = Hostile, Kind = EntityKind.Source, Name = Hostile };
        var relation = new Relation { Id = Hostile, Kind = RelationKind.MemberOf, From = Hostile, To = Hostile, Evidence = [new Evidence(Hostile, Hostile)] };
        var statements = new[]
        {
            CurationLockCypher.Statement(Hostile, Hostile),
            CurationLookupCypher.Statement([Hostile], [Hostile], [Hostile], ("member-of", Hostile, Hostile), (Hostile, Hostile)),
            CurationEntityWriteCypher.Statement(entity, Hostile),
            CurationRelationWriteCypher.Statement(relation, isNew: true),
            CurationRelationWriteCypher.Statement(relation, isNew: false),
            CurationMergeCypher.Statement(entity, Hostile),
            CurationChangeCypher.Statement(new Dictionary<string, object?> { ["actor"] = Hostile }),
            CurationHistoryCypher.Statement(Hostile),
            CurationSourceTextCypher.Statement([(Hostile, new Domain.Text.SourceText(Domain.Text.HeldTextKind.Document, Hostile))]),
        };
        Assert.All(statements, s => Assert.DoesNotContain(Hostile, s.Text));
        Assert.Equal(CurationLockCypher.Text, CurationLockCypher.Statement("k", "ana").Text);
        Assert.Equal(CurationHistoryCypher.Text, CurationHistoryCypher.Statement("government/mexico").Text);
    }

    [Fact]
    public void References_NameEveryIdTheRulesAskAbout()
    {
        var assert = new AssertRelation
        {
            Kind = " MEMBER_OF ", From = "government/japan", To = "agreement/x", DisputedBy = ["rel/a"],
            Evidence = [new EvidenceInput("source/s", "q"), new EvidenceInput(null, "q")],
        };
        var references = CommandReferences.Of(assert);
        Assert.Equal(["agreement/x", "government/japan", "source/s"], Sorted(references.EntityIds));
        Assert.Equal(["source/s"], Sorted(references.TextIds));
        Assert.Equal(["rel/a"], Sorted(references.RelationIds));
        Assert.Equal(("member-of", "government/japan", "agreement/x"), references.Generated);

        Assert.Null(CommandReferences.Of(assert with { Id = "rel/given" }).Generated);
        Assert.Equal(["government/canada", "government/mexico"],
            Sorted(CommandReferences.Of(new UpdateEntity("government/mexico", new EntityFieldsInput { Country = "government/canada" })).EntityIds));
        Assert.Equal(["rel/r"], Sorted(CommandReferences.Of(new RetractRelation("rel/r", "why")).RelationIds));
        // A merge asks whether its two entities are tied to each other (the tie would become a self-loop).
        Assert.Equal(("company/a", "company/b"), CommandReferences.Of(new MergeEntities("company/a", "company/b")).Pair);
        // A new relation asks for the claims already made of its tie (a denial disputes them, and they it).
        Assert.Equal(("government/japan", "agreement/x"), CommandReferences.Of(assert).Pair);
    }

    static List<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
}
