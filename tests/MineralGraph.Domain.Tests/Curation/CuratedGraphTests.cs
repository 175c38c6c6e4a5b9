using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Tests.Seed;
using MineralGraph.Testing.Seed;

namespace MineralGraph.Domain.Tests.Curation;

public sealed class CuratedGraphTests : IDisposable
{
    static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    readonly SeedFolder folder = new();
    readonly CuratedGraph graph;

    public CuratedGraphTests() => graph = new CuratedGraph(SeedLoader.LoadValid(folder.Path), folder.Path);

    public void Dispose() => folder.Dispose();

    static AssertRelation Assertion(string quote = "Mexican Secretary of the Economy Marcelo Ebrard", string source = "source/test-article") => new()
    {
        Kind = "ANNOUNCED", From = "official/marcelo-ebrard", To = "event/february-meeting",
        Since = "2026-02", Evidence = [new EvidenceInput(source, quote)],
    };

    void AddEvent() => graph.Apply(new CreateEntity("event/february-meeting", new EntityFieldsInput { Name = "February meeting", Type = "meeting", Date = "2026-02" }), "ana", At);

    [Fact]
    public void AssertRelation_WithEvidence_IsAddedAndRecorded()
    {
        AddEvent();
        var change = graph.Apply(Assertion(), "ana", At);
        Assert.Equal("assertRelation", change.Operation);
        Assert.Equal(["rel/announced-marcelo-ebrard-february-meeting", "official/marcelo-ebrard", "event/february-meeting"], change.Targets);
        Assert.Null(change.Before);
        Assert.Contains("Mexican Secretary of the Economy", change.After);
        var relation = graph.Relation("rel/announced-marcelo-ebrard-february-meeting")!;
        Assert.Equal(RelationKind.Announced, relation.Kind);
        Assert.Equal("Test article", relation.Evidence[0].Source!.Name);
        Assert.Equal(["createEntity", "assertRelation"], graph.HistoryOf("event/february-meeting").Select(c => c.Operation));
    }

    [Fact]
    public void AssertRelation_BadInput_ListsEveryProblemAndChangesNothing()
    {
        AddEvent();
        var before = graph.ToSeedGraph();
        var bad = new AssertRelation
        {
            Kind = "MEMBER_OF", From = "official/marcelo-ebrard", To = "government/atlantis",
            Since = "2026-05", Until = "2026-01", Role = new string('x', 400),
            Evidence = [new EvidenceInput("source/test-article", "Marcelo Ebrard resigned from the ministry"), new EvidenceInput(null, "the minister met partners in Mexico City")],
        };
        var rejected = Assert.Throws<CurationRejectedException>(() => graph.Apply(bad, "ana", At));
        Assert.Equal(
            ["to", "until", "role", "evidence[0].quote", "evidence[1].source"],
            rejected.Problems.Select(p => p.Field));
        Assert.Contains("not found in the text of source/test-article", rejected.Problems[3].Message);
        var after = graph.ToSeedGraph();
        Assert.Equal(before.Relations.Count, after.Relations.Count);
        Assert.Single(graph.History);
    }

    [Fact]
    public void AssertRelation_WithoutEvidence_IsRefused()
    {
        AddEvent();
        var rejected = Assert.Throws<CurationRejectedException>(() => graph.Apply(Assertion() with { Evidence = [] }, "ana", At));
        Assert.Equal("evidence", Assert.Single(rejected.Problems).Field);
    }

    [Fact]
    public void AssertRelation_KindThatDoesNotFitItsEnds_IsRefused()
    {
        var rejected = Assert.Throws<CurationRejectedException>(() =>
            graph.Apply(Assertion() with { Kind = "COVERS", To = "government/mexico" }, "ana", At));
        Assert.Contains("COVERS cannot go from an official to a government", Assert.Single(rejected.Problems).Message);
    }

    [Fact]
    public void SameIdempotencyKey_AppliesOnce_AndRefusesADifferentRequest()
    {
        AddEvent();
        var first = graph.Apply(Assertion() with { IdempotencyKey = "k-1" }, "ana", At);
        var again = graph.Apply(Assertion() with { IdempotencyKey = "k-1" }, "ana", At.AddMinutes(1));
        Assert.Same(first, again);
        Assert.Equal(2, graph.History.Count);
        Assert.Single(graph.ToSeedGraph().Relations, r => r.Kind == RelationKind.Announced);
        var rejected = Assert.Throws<CurationRejectedException>(() => graph.Apply(Assertion() with { IdempotencyKey = "k-1", Role = "other" }, "ana", At));
        Assert.Equal("idempotencyKey", Assert.Single(rejected.Problems).Field);
    }

    [Fact]
    public void RetractRelation_KeepsItMarkedWithReasonAndCurator()
    {
        var change = graph.Apply(new RetractRelation("rel/ebrard-secretary", "wrong ministry"), "bob", At);
        var relation = graph.Relation("rel/ebrard-secretary")!;
        Assert.Equal(new Retraction("wrong ministry", "bob", At), relation.Retraction);
        Assert.NotNull(change.Before);
        Assert.Contains("wrong ministry", change.After);
        Assert.Throws<CurationRejectedException>(() => graph.Apply(new RetractRelation("rel/ebrard-secretary", "again"), "bob", At));
    }

    [Fact]
    public void MergeEntities_MovesRelationsAndAliases_AndTheOldIdResolves()
    {
        graph.Apply(new CreateEntity("agency/ministry-of-economy-mexico", new EntityFieldsInput { Name = "Ministry of Economy (Mexico)", Aliases = ["SE"] }), "ana", At);
        graph.Apply(new AssertRelation
        {
            Kind = "PART_OF", From = "agency/ministry-of-economy-mexico", To = "government/mexico",
            Evidence = [new EvidenceInput("source/test-article", "Mexican Secretary of the Economy Marcelo Ebrard")],
        }, "ana", At);
        graph.Apply(new MergeEntities("agency/secretaria-de-economia", "agency/ministry-of-economy-mexico"), "ana", At);
        var survivor = graph.Entity("agency/ministry-of-economy-mexico")!;
        Assert.Equal("agency/secretaria-de-economia", survivor.Id);
        Assert.Contains("Ministry of Economy (Mexico)", survivor.Aliases);
        Assert.Contains("SE", survivor.Aliases);
        var seed = graph.ToSeedGraph();
        Assert.DoesNotContain(seed.Entities, e => e.Id == "agency/ministry-of-economy-mexico");
        Assert.DoesNotContain(seed.Relations, r => r.From == "agency/ministry-of-economy-mexico" || r.To == "agency/ministry-of-economy-mexico");
        Assert.Equal("agency/secretaria-de-economia", seed.MergedInto["agency/ministry-of-economy-mexico"]);
        Assert.Contains(graph.HistoryOf("agency/ministry-of-economy-mexico"), c => c.Operation == "mergeEntities");
    }

    [Fact]
    public void UpdateEntity_RecordsBeforeAndAfter()
    {
        var change = graph.Apply(new UpdateEntity("official/marcelo-ebrard", new EntityFieldsInput { Aliases = ["Marcelo Luis Ebrard Casaubón"] }), "ana", At);
        Assert.Contains("\"aliases\":[]", change.Before);
        Assert.Contains("Ebrard Casaub", change.After);
        Assert.Equal(["Marcelo Luis Ebrard Casaubón"], graph.Entity("official/marcelo-ebrard")!.Aliases);
    }

    [Fact]
    public void AddSource_WithText_ChecksLaterQuotesAgainstIt()
    {
        graph.Apply(new AddSource("source/new-article", "A new article") { Publisher = "Wire", Date = "2026-11-01", Url = "https://example.org/a", Text = "Canada and Japan signed a refining pact." }, "ana", At);
        graph.Apply(new CreateEntity("agreement/refining-pact", new EntityFieldsInput { Name = "Refining pact", Type = "partnership" }), "ana", At);
        var ok = new AssertRelation { Kind = "MEMBER_OF", From = "government/mexico", To = "agreement/refining-pact", Evidence = [new EvidenceInput("source/new-article", "Canada and Japan signed a refining pact")] };
        graph.Apply(ok, "ana", At);
        var rejected = Assert.Throws<CurationRejectedException>(() =>
            graph.Apply(ok with { Id = "rel/other", Evidence = [new EvidenceInput("source/new-article", "Canada and Japan signed a mining pact")] }, "ana", At));
        Assert.Equal("evidence[0].quote", Assert.Single(rejected.Problems).Field);
    }

    [Theory]
    [InlineData("official/Bad Id", "id")]
    [InlineData("official/marcelo-ebrard", "id")]
    public void CreateEntity_BadOrTakenId_IsRefused(string id, string field)
    {
        var rejected = Assert.Throws<CurationRejectedException>(() => graph.Apply(new CreateEntity(id, new EntityFieldsInput { Name = "X" }), "ana", At));
        Assert.Equal(field, rejected.Problems[0].Field);
    }

    [Fact]
    public void CreateEntity_OversizedAndMisplacedFields_AreAllReported()
    {
        var rejected = Assert.Throws<CurationRejectedException>(() => graph.Apply(new CreateEntity("official/someone",
            new EntityFieldsInput { Name = new string('n', 301), Place = "Ottawa", Country = "agency/secretaria-de-economia" }), "ana", At));
        Assert.Equal(["fields.place", "fields.name", "fields.country"], rejected.Problems.Select(p => p.Field));
    }
}
