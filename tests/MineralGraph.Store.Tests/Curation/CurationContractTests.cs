using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Tests.Curation;

/// <summary>
/// What every store's write side must do, on a fresh copy of <see cref="ContractSeed"/> per test: apply checked
/// changes durably, show them in history, apply a retried change once, and refuse bad input whole.
/// </summary>
public abstract partial class CurationContractTests
{
    protected static readonly Curator Ana = new("ana", Curator.CuratorRole);

    /// <summary>A read and a write side over the same fresh graph, loaded with the contract seed.</summary>
    protected abstract Task<(IGraphStore Read, ICurationStore Write)> FreshStoresAsync();

    static AssertRelation JapanInUsmca(string? key = null) => new()
    {
        IdempotencyKey = key,
        Kind = "MEMBER_OF", From = "government/japan", To = "agreement/minerals-security-partnership",
        Role = "partner", Since = "2022-06", Current = "true",
        Evidence = [new EvidenceInput("source/fixture-article", "The United States, Canada and Japan are members of the Minerals Security Partnership", "paragraph 8")],
    };

    [Fact]
    public async Task AssertRelation_IsReadBackWithEvidenceAndShownInHistory()
    {
        var (read, write) = await FreshStoresAsync();
        var change = await write.ApplyAsync(JapanInUsmca() with { Id = "rel/japan-msp-curated" }, Ana);
        Assert.Equal("assertRelation", change.Operation);
        Assert.Equal("ana", change.Actor);
        var relation = await read.GetRelationAsync("rel/japan-msp-curated");
        Assert.NotNull(relation);
        Assert.Equal((RelationKind.MemberOf, "government/japan", "agreement/minerals-security-partnership", "2022-06"),
            (relation.Kind, relation.From, relation.To, relation.Since.ToString()));
        Assert.Equal("Fixture article for the store contract tests", relation.Evidence.Single().Source!.Name);
        var page = (await read.GetRelationsAsync([new RelationListQuery { EntityId = "government/japan", First = 100 }]))[0];
        Assert.Contains(page.Items, r => r.Id == "rel/japan-msp-curated");
        var history = await write.HistoryAsync("rel/japan-msp-curated");
        Assert.Equal(change.Sequence, Assert.Single(history).Sequence);
        Assert.Contains(await write.HistoryAsync("government/japan"), c => c.Sequence == change.Sequence);
    }

    [Fact]
    public async Task AssertRelation_AmountAttributionAndExpectedStart_AreReadBackAsWritten()
    {
        var (read, write) = await FreshStoresAsync();
        const string quote = "Canada granted more than C$10 million to Neo Performance Materials from 2027, according to the fixture ministry.";
        await write.ApplyAsync(new AssertRelation
        {
            Id = "rel/canada-funds-neo-curated", Kind = "FUNDS", From = "government/canada", To = "company/neo-performance",
            Since = "2027", SinceText = "from 2027", SinceExpected = true,
            Amount = new AmountInput { Value = 10_000_000, Unit = "CAD", Qualifier = "more-than", Basis = "grants", Text = "more than C$10 million" },
            Evidence = [new EvidenceInput("source/fixture-article", quote, ReportedBy: "the fixture ministry")],
        }, Ana);

        var relation = (await read.GetRelationAsync("rel/canada-funds-neo-curated"))!;
        Assert.Equal(new Amount { Value = 10_000_000, Unit = "CAD", Qualifier = AmountQualifier.MoreThan, Basis = "grants", Text = "more than C$10 million" }, relation.Amount);
        Assert.Equal(("2027", "from 2027", true), (relation.Since.ToString(), relation.Since!.Value.Text, relation.Since.Value.Expected));
        Assert.Equal("the fixture ministry", relation.Evidence.Single().ReportedBy);
        // Expected to begin in 2027: not true on any asOf day.
        var in2028 = (await read.GetRelationsAsync([new RelationListQuery { EntityId = "company/neo-performance", AsOf = new(2028, 1, 1) }]))[0];
        Assert.DoesNotContain(in2028.Items, r => r.Id == "rel/canada-funds-neo-curated");
        var figures = (await read.GetRelationsAsync([new RelationListQuery { EntityId = "company/neo-performance", MinAmount = new(10_000_000, "CAD") }]))[0];
        Assert.Equal(["rel/canada-funds-neo-curated"], figures.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task AssertRelation_DeniedClaimOfAnAffirmedTie_DisputesIt()
    {
        var (read, write) = await FreshStoresAsync();
        await write.ApplyAsync(new AssertRelation
        {
            Id = "rel/mexico-not-member-of-usmca-curated", Kind = "MEMBER_OF", From = "government/mexico", To = "agreement/usmca", Denied = true,
            Evidence = [new EvidenceInput("source/fixture-article", "One fixture source says that Mexico is not a party to the USMCA.")],
        }, Ana);

        var denied = (await read.GetRelationAsync("rel/mexico-not-member-of-usmca-curated"))!;
        Assert.True(denied.Denied);
        Assert.Equal(["rel/mexico-member-of-usmca"], denied.DisputedBy);
        var paths = await read.FindPathsAsync(new PathQuery { From = "government/mexico", To = "agreement/usmca", MaxHops = 1 });
        Assert.Equal(["rel/mexico-member-of-usmca"], paths.Select(p => p.Relations.Single().Id));
    }

    [Fact]
    public async Task SameIdempotencyKey_IsAppliedOnce()
    {
        var (read, write) = await FreshStoresAsync();
        var before = await read.CountAsync();
        var first = await write.ApplyAsync(JapanInUsmca("retry-1"), Ana);
        var second = await write.ApplyAsync(JapanInUsmca("retry-1"), Ana);
        Assert.Equal(first.Sequence, second.Sequence);
        var after = await read.CountAsync();
        Assert.Equal(before.Relations["MEMBER_OF"] + 1, after.Relations["MEMBER_OF"]);
    }

    [Fact]
    public async Task RetractRelation_IsLeftOutUnlessAskedFor()
    {
        var (read, write) = await FreshStoresAsync();
        await write.ApplyAsync(new RetractRelation("rel/action-plan-covers-lithium", "the plan names no minerals"), Ana);
        var standing = (await read.GetRelationsAsync([new RelationListQuery { EntityId = "mineral/lithium", First = 100 }]))[0];
        Assert.DoesNotContain(standing.Items, r => r.Id == "rel/action-plan-covers-lithium");
        var all = (await read.GetRelationsAsync([new RelationListQuery { EntityId = "mineral/lithium", First = 100, IncludeRetracted = true }]))[0];
        var retracted = Assert.Single(all.Items, r => r.Id == "rel/action-plan-covers-lithium");
        Assert.Equal(("the plan names no minerals", "ana"), (retracted.Retraction!.Reason, retracted.Retraction.By));
        var neighbourhood = await read.GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "mineral/lithium", Depth = 1 });
        Assert.DoesNotContain(neighbourhood.Edges, r => r.Id == "rel/action-plan-covers-lithium");
        var history = await write.HistoryAsync("rel/action-plan-covers-lithium");
        Assert.NotNull(Assert.Single(history).Before);
    }

    [Fact]
    public async Task MergeEntities_OldIdResolvesToSurvivorWithItsRelations()
    {
        var (read, write) = await FreshStoresAsync();
        await write.ApplyAsync(new CreateEntity("agency/economy-ministry-of-mexico", new EntityFieldsInput { Name = "Economy Ministry of Mexico", Aliases = ["SE"], Description = "Duplicate entry." }), Ana);
        await write.ApplyAsync(new AssertRelation
        {
            Id = "rel/economy-ministry-part-of-mexico", Kind = "PART_OF", From = "agency/economy-ministry-of-mexico", To = "government/mexico",
            Evidence = [new EvidenceInput("source/fixture-article", "The Secretaría de Economía is a ministry of the Mexican government.")],
        }, Ana);
        await write.ApplyAsync(new MergeEntities("agency/mexico-secretaria-de-economia", "agency/economy-ministry-of-mexico"), Ana);

        var resolved = await read.GetEntityAsync("agency/economy-ministry-of-mexico");
        Assert.Equal("agency/mexico-secretaria-de-economia", resolved!.Id);
        Assert.Contains("Economy Ministry of Mexico", resolved.Aliases);
        var moved = await read.GetRelationAsync("rel/economy-ministry-part-of-mexico");
        Assert.Equal("agency/mexico-secretaria-de-economia", moved!.From);
        var hits = await read.SearchAsync(new SearchQuery("economy ministry of mexico"));
        Assert.Equal("agency/mexico-secretaria-de-economia", hits[0].Entity.Id);
        Assert.Contains(await write.HistoryAsync("agency/economy-ministry-of-mexico"), c => c.Operation == "mergeEntities");
    }

    [Fact]
    public async Task ReadAhead_AfterARetractionAndAMerge_AnswersAsTheOperations()
    {
        var (read, write) = await FreshStoresAsync();
        await write.ApplyAsync(new RetractRelation("rel/action-plan-covers-lithium", "the plan names no minerals"), Ana);
        await write.ApplyAsync(new CreateEntity("agency/economy-ministry-of-mexico", new EntityFieldsInput { Name = "Economy Ministry of Mexico", Description = "Duplicate entry." }), Ana);
        await write.ApplyAsync(new MergeEntities("agency/mexico-secretaria-de-economia", "agency/economy-ministry-of-mexico"), Ana);
        var retracted = new RelationListQuery { EntityId = "", IncludeRetracted = true, First = 10, IncludeTotal = true };
        var needs = ReadAheadCheck.Needs(retracted, new RelationListQuery { EntityId = "", First = 10 }, retracted);

        var merged = await ReadAheadCheck.SameAsOperationsAsync(read, new EntitiesRead(["agency/economy-ministry-of-mexico", "mineral/lithium"]), needs);
        Assert.Equal("agency/mexico-secretaria-de-economia", merged.Value[0]!.Id);
        var lithium = merged.Ahead.Pages[retracted with { EntityId = "mineral/lithium" }];
        Assert.Contains(lithium.Items, r => r.Id == "rel/action-plan-covers-lithium" && r.Retraction is not null);
        var standing = await ReadAheadCheck.SameAsOperationsAsync(read, new EntityRead("mineral/lithium"), ReadAheadCheck.Everything);
        Assert.DoesNotContain(standing.Ahead.Pages.Where(p => !p.Key.IncludeRetracted).SelectMany(p => p.Value.Items), r => r.Id == "rel/action-plan-covers-lithium");
    }

    [Fact]
    public async Task AddSourceCreateAndUpdate_AreReadBack()
    {
        var (read, write) = await FreshStoresAsync();
        await write.ApplyAsync(new AddSource("source/wire-2026", "Wire report") { Publisher = "Wire", Date = "2026-03-02", Url = "https://example.org/wire", Text = "Japan refines dysprosium at a new plant." }, Ana);
        await write.ApplyAsync(new CreateEntity("project/japan-dysprosium-plant", new EntityFieldsInput { Name = "Dysprosium plant", Type = "refinery", Country = "government/japan", Description = "A plant." }), Ana);
        var update = await write.ApplyAsync(new UpdateEntity("project/japan-dysprosium-plant", new EntityFieldsInput { Aliases = ["Japan Dy plant"], Status = "active" }), Ana);
        await write.ApplyAsync(new AssertRelation
        {
            Kind = "REFINES", From = "project/japan-dysprosium-plant", To = "mineral/dysprosium",
            Evidence = [new EvidenceInput("source/wire-2026", "Japan refines dysprosium at a new plant")],
        }, Ana);
        var source = await read.GetEntityAsync("source/wire-2026");
        Assert.Equal(("Wire report", "Wire", "2026-03-02"), (source!.Name, source.Publisher, source.Date.ToString()));
        var plant = await read.GetEntityAsync("project/japan-dysprosium-plant");
        Assert.Equal(("active", "government/japan"), (plant!.Status, plant.Country));
        Assert.Equal(["Japan Dy plant"], plant.Aliases);
        Assert.Contains("\"status\":\"active\"", update.After);
        Assert.DoesNotContain("\"status\"", update.Before);
        var hits = await read.SearchAsync(new SearchQuery("japan dy"));
        Assert.Equal("project/japan-dysprosium-plant", hits[0].Entity.Id);
        var relations = (await read.GetRelationsAsync([new RelationListQuery { EntityId = "mineral/dysprosium", Kinds = [RelationKind.Refines] }]))[0];
        Assert.Single(relations.Items, r => r.From == "project/japan-dysprosium-plant");
    }

    [Fact]
    public async Task AssertRelation_QuotesOfAnOutsideSource_AreCheckedAgainstItsPassages()
    {
        var (read, write) = await FreshStoresAsync();
        AssertRelation Citing(string quote) => new()
        {
            Kind = "REFINES", From = "government/japan", To = "mineral/dysprosium",
            Evidence = [new EvidenceInput("source/fixture-outside-page", quote)],
        };

        // The copy's address is in the passages file but not in a passage: only the passages are held text.
        var refused = await Assert.ThrowsAsync<CurationRejectedException>(() => write.ApplyAsync(Citing("example.org/outside-page"), Ana));
        Assert.Equal("evidence[0].quote", Assert.Single(refused.Problems).Field);
        var accepted = await write.ApplyAsync(Citing("Japan refines dysprosium at a plant near Osaka"), Ana);
        Assert.NotNull(await read.GetRelationAsync(accepted.Targets[0]));
    }

    static readonly Curator Bob = new("bob", Curator.CuratorRole);

    /// <summary>A source whose text holds a negation, a contraction and a hyphenated word, for the quote rules.</summary>
    static AddSource Statement(string id) => new(id, "Company statement")
    {
        Publisher = "Wire", Date = "2026-03-04", Url = "https://example.org/statement",
        Text = "Neo Performance Materials is not owned by any government, its chairman said. The company isn't listed on any stock exchange " +
               "in Japan, and its non-binding agreement with MP Materials covers terbium.",
    };

    static AssertRelation NeoOwnedByJapan(string quote, string source = "source/statement") => new()
    {
        Kind = "OWNS", From = "government/japan", To = "company/neo-performance", Evidence = [new EvidenceInput(source, quote)],
    };

    [Theory]
    [InlineData("owned by any government, its chairman said", "\"not\"")]
    [InlineData("listed on any stock exchange in Japan", "\"isn't\"")]
    [InlineData("binding agreement with MP Materials covers terbium", "inside a word")]
    [InlineData("Neo Performance", "too short")]
    public async Task Quote_CutAfterANegation_InsideAWordOrTooShort_IsRefusedSayingWhy(string quote, string why)
    {
        var (read, write) = await FreshStoresAsync();
        await write.ApplyAsync(Statement("source/statement"), Ana);
        var before = await Snapshot(read);
        var rejected = await Assert.ThrowsAsync<CurationRejectedException>(() => write.ApplyAsync(NeoOwnedByJapan(quote), Ana));
        var problem = Assert.Single(rejected.Problems);
        Assert.Equal("evidence[0].quote", problem.Field);
        Assert.Contains(why, problem.Message);
        Assert.Equal(before, await Snapshot(read));
    }

    [Fact]
    public async Task Quote_WithTheNegationItCarries_IsAccepted()
    {
        var (read, write) = await FreshStoresAsync();
        await write.ApplyAsync(Statement("source/statement"), Ana);
        var change = await write.ApplyAsync(NeoOwnedByJapan("Neo Performance Materials is not owned by any government"), Ana);
        var relation = await read.GetRelationAsync(change.Targets[0]);
        Assert.Equal("Neo Performance Materials is not owned by any government", relation!.Evidence.Single().Quote);
    }

    [Fact]
    public async Task Quote_FromASourceWhoseTextTheGraphDoesNotHold_IsRefused()
    {
        var (_, write) = await FreshStoresAsync();
        await write.ApplyAsync(Statement("source/no-text") with { Text = null }, Ana);
        var rejected = await Assert.ThrowsAsync<CurationRejectedException>(() => write.ApplyAsync(NeoOwnedByJapan("is not owned by any government", "source/no-text"), Ana));
        var problem = Assert.Single(rejected.Problems);
        Assert.Equal("evidence[0].source", problem.Field);
        Assert.Contains("holds no text of source/no-text", problem.Message);
    }

    [Fact]
    public async Task Relation_ToAnIdMergedIntoItsOwnStart_IsRefused()
    {
        var (_, write) = await FreshStoresAsync();
        await write.ApplyAsync(new CreateEntity("company/neo-duplicate", new EntityFieldsInput { Name = "Neo Performance (duplicate)" }), Ana);
        await write.ApplyAsync(new MergeEntities("company/neo-performance", "company/neo-duplicate"), Ana);
        var rejected = await Assert.ThrowsAsync<CurationRejectedException>(() => write.ApplyAsync(new AssertRelation
        {
            Kind = "OWNS", From = "company/neo-performance", To = "company/neo-duplicate",
            Evidence = [new EvidenceInput("source/fixture-article", "Neo Performance Materials refines terbium")],
        }, Ana));
        Assert.Contains("itself", Assert.Single(rejected.Problems).Message);
    }

    [Fact]
    public async Task Merge_OfTwoEntitiesTiedToEachOther_IsRefused_AndChangesNothing()
    {
        var (read, write) = await FreshStoresAsync();
        await write.ApplyAsync(new AssertRelation
        {
            Id = "rel/mp-owns-neo", Kind = "OWNS", From = "company/mp-materials", To = "company/neo-performance",
            Evidence = [new EvidenceInput("source/fixture-article", "Neo Performance Materials refines terbium and is based in Canada.")],
        }, Ana);
        var before = await Snapshot(read);
        var rejected = await Assert.ThrowsAsync<CurationRejectedException>(() => write.ApplyAsync(new MergeEntities("company/mp-materials", "company/neo-performance"), Ana));
        var problem = Assert.Single(rejected.Problems);
        Assert.Equal("mergedId", problem.Field);
        Assert.Contains("rel/mp-owns-neo", problem.Message);
        Assert.Equal(before, await Snapshot(read));
        Assert.Equal("company/neo-performance", (await read.GetEntityAsync("company/neo-performance"))!.Id);
    }

    [Fact]
    public async Task IdempotencyKeys_AreEachCuratorsOwn()
    {
        var (read, write) = await FreshStoresAsync();
        var before = (await read.CountAsync()).Relations["MEMBER_OF"];
        var anas = await write.ApplyAsync(JapanInUsmca("shared-key") with { Note = "ana's" }, Ana);
        // The same key from another curator, for another request: a change of its own, not a clash with ana's.
        var bobs = await write.ApplyAsync(JapanInUsmca("shared-key") with { Note = "bob's" }, Bob);
        Assert.NotEqual(anas.Sequence, bobs.Sequence);
        Assert.Equal("bob", bobs.Actor);
        // Each one's retry returns that curator's own change.
        Assert.Equal(anas.Sequence, (await write.ApplyAsync(JapanInUsmca("shared-key") with { Note = "ana's" }, Ana)).Sequence);
        Assert.Equal(bobs.Sequence, (await write.ApplyAsync(JapanInUsmca("shared-key") with { Note = "bob's" }, Bob)).Sequence);
        Assert.Equal(before + 2, (await read.CountAsync()).Relations["MEMBER_OF"]);
    }

    public static TheoryData<string, CurationCommand, string[]> BadInput => new()
    {
        { "unknown ends", new AssertRelation { Kind = "MEMBER_OF", From = "government/atlantis", To = "agreement/nowhere", Evidence = [new EvidenceInput("source/fixture-article", "Mexico and Canada both produce graphite.")] }, ["from", "to"] },
        { "no evidence", JapanInUsmca() with { Evidence = [] }, ["evidence"] },
        { "quote without source", JapanInUsmca() with { Evidence = [new EvidenceInput(null, "Canada and Japan are members")] }, ["evidence[0].source"] },
        { "quote too short", JapanInUsmca() with { Evidence = [new EvidenceInput("source/fixture-article", "Japan")] }, ["evidence[0].quote"] },
        { "quote cutting a word", JapanInUsmca() with { Evidence = [new EvidenceInput("source/fixture-article", "apan are members of the Minerals Security Partnership")] }, ["evidence[0].quote"] },
        { "from an entity to itself", JapanInUsmca() with { To = "government/japan" }, ["to"] },
        { "quote not in text", JapanInUsmca() with { Evidence = [new EvidenceInput("source/fixture-article", "Japan left the partnership")] }, ["evidence[0].quote"] },
        { "ends before it starts", JapanInUsmca() with { Since = "2024-05-01", Until = "2023" }, ["until"] },
        { "kind does not fit ends", JapanInUsmca() with { Kind = "COVERS" }, ["kind"] },
        { "oversized strings", JapanInUsmca() with { Role = new string('r', 301), Note = new string('n', 2001) }, ["role", "note"] },
        { "unknown entity update", new UpdateEntity("official/nobody", new EntityFieldsInput { Name = "X" }), ["id"] },
        { "unknown relation retract", new RetractRelation("rel/nothing", "why"), ["id"] },
        { "merge across kinds", new MergeEntities("government/mexico", "mineral/lithium"), ["mergedId"] },
        { "amount without unit", JapanInUsmca() with { Amount = new AmountInput { Value = 5 } }, ["amount.unit"] },
        { "amount in no unit", JapanInUsmca() with { Amount = new AmountInput { Value = 5, Unit = "US dollars" } }, ["amount.unit"] },
        { "amount on a denied claim", JapanInUsmca() with { Denied = true, Amount = new AmountInput { Value = 5, Unit = "percent" } }, ["amount"] },
        { "unknown qualifier", JapanInUsmca() with { Amount = new AmountInput { Value = 5, Unit = "percent", Qualifier = "roughly" } }, ["amount.qualifier"] },
        { "date words not in a quote", JapanInUsmca() with { SinceText = "next spring" }, ["sinceText"] },
        { "a period that ends before it begins", JapanInUsmca() with { Since = "2026-12-31/2026-07-01" }, ["since"] },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInput_IsRefusedWithEveryProblem_AndNothingChanges(string _, CurationCommand command, string[] fields)
    {
        var (read, write) = await FreshStoresAsync();
        var before = await Snapshot(read);
        var rejected = await Assert.ThrowsAsync<CurationRejectedException>(() => write.ApplyAsync(command, Ana));
        Assert.Equal(fields, rejected.Problems.Select(p => p.Field));
        Assert.Equal(before, await Snapshot(read));
        Assert.Empty(await write.HistoryAsync("government/japan"));
    }

    static async Task<string> Snapshot(IGraphStore store)
    {
        var counts = await store.CountAsync();
        var japan = (await store.GetRelationsAsync([new RelationListQuery { EntityId = "government/japan", First = 100, IncludeRetracted = true }]))[0];
        return string.Join("|", counts.Entities.Select(p => $"{p.Key}={p.Value}").Concat(counts.Relations.Select(p => $"{p.Key}={p.Value}"))
            .Concat(japan.Items.Select(r => r.Id)));
    }
}
