using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Curation;

/// <summary>
/// Curation over real HTTP: every mutation round-trips and shows in history, keys are required, retries apply
/// once, and refused input changes nothing. Tests share one graph per class, so each names its own new ids.
/// </summary>
public abstract partial class CurationHttpTests<TFixture>(TFixture server) : IClassFixture<TFixture>
    where TFixture : class, ICurationServerFixture
{
    protected readonly HttpClient Client = server.CreateClient();

    // Words the test source's full text holds; quotes must be found in it.
    const string SourceText = "On 3 March 2026 the Quebec company Lithium Nord said it had begun producing spodumene " +
                              "concentrate, a lithium ore, at its mine near Val-d'Or, Canada.";

    static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    protected Task<GraphQLResponse> CurateAsync(string query, object? variables = null, string? key = ICurationServerFixture.CuratorKey, bool bearer = true)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            if (bearer) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            else request.Headers.Add("X-Api-Key", key);
        }
        return GraphQLHttp.SendAsync(Client, request);
    }

    const string AddSource = """
        mutation($input: AddSourceInput!, $key: String) {
          addSource(input: $input, idempotencyKey: $key) { change { sequence actor operation targets before after } entity { id name ... on Source { publisher } } }
        }
        """;

    const string CreateEntity = """
        mutation($id: ID!, $fields: EntityFieldsInput!) {
          createEntity(id: $id, fields: $fields) { change { sequence operation targets after } entity { id name aliases } }
        }
        """;

    const string AssertRelation = """
        mutation($input: AssertRelationInput!, $key: String) {
          assertRelation(input: $input, idempotencyKey: $key) {
            change { sequence operation targets idempotencyKey }
            relation { id kind fromId toId since { value } evidence { source { id } quote } }
          }
        }
        """;

    const string History = """
        query($id: ID!) { history(id: $id) { totalCount nodes { sequence actor operation targets before after } } }
        """;

    async Task<string> NewSourceAsync(string suffix)
    {
        var response = await CurateAsync(AddSource, new
        {
            input = new { id = $"source/lithium-nord-{suffix}", title = "Lithium Nord begins production", publisher = "Test Wire", date = "2026-03-03", url = "https://example.org/lithium-nord", text = SourceText },
        });
        response.AssertOk();
        return $"source/lithium-nord-{suffix}";
    }

    async Task<string> NewCompanyAsync(string suffix, string name = "Lithium Nord")
    {
        var id = $"company/lithium-nord-{suffix}";
        (await CurateAsync(CreateEntity, new { id, fields = new { name, country = "government/canada", description = "A Quebec lithium miner." } })).AssertOk();
        return id;
    }

    static object ProducesInput(string company, string source) => new
    {
        kind = "PRODUCES", from = company, to = "mineral/lithium", since = "2026-03",
        evidence = new[] { new { source, quote = "had begun producing spodumene concentrate, a lithium ore", locator = "paragraph 1" } },
    };

    static object Produces(string company, string source) => new { input = ProducesInput(company, source) };

    /// <summary>Everything a reader can see that a change could touch: the whole graph as exported, and the counts.</summary>
    async Task<string> GraphSnapshotAsync()
    {
        var export = await Client.GetStringAsync("/export?format=cytoscape");
        var stats = await Client.PostGraphQLAsync("{ stats { entities relations evidence } }");
        return stats.AssertOk().Data.GetRawText() + "\n" + export;
    }

    [Fact]
    public async Task AddSource_RoundTripsAndShowsInHistory()
    {
        var suffix = Suffix();
        var response = (await CurateAsync(AddSource, new
        {
            input = new { id = $"source/wire-{suffix}", title = "A wire story", publisher = "Test Wire", date = "2026-03", text = SourceText },
            key = $"add-{suffix}",
        })).AssertOk();
        Assert.Equal("addSource", response.Data.Str("addSource.change.operation"));
        Assert.Equal("ana", response.Data.Str("addSource.change.actor"));
        Assert.Equal(JsonValueKind.Null, response.Data.At("addSource.change.before").ValueKind);
        Assert.Equal("Test Wire", response.Data.Str("addSource.entity.publisher"));

        var read = (await Client.PostGraphQLAsync($$"""{ node(id: "source/wire-{{suffix}}") { name ... on Source { date { value } } } }""")).AssertOk();
        Assert.Equal("A wire story", read.Data.Str("node.name"));
        Assert.Equal("2026-03", read.Data.Str("node.date.value"));
        var history = (await Client.PostGraphQLAsync(History, new { id = $"source/wire-{suffix}" })).AssertOk();
        Assert.Equal(1, history.Data.At("history.totalCount").GetInt32());
        Assert.Equal(response.Data.At("addSource.change.sequence").GetInt32(), history.Data.Items("history.nodes").Single().At("sequence").GetInt32());
    }

    [Fact]
    public async Task CreateAndUpdateEntity_RoundTripAndShowBeforeAndAfter()
    {
        var suffix = Suffix();
        var id = await NewCompanyAsync(suffix);
        var update = (await CurateAsync("""
            mutation($id: ID!) { updateEntity(id: $id, fields: { aliases: ["LNord"], description: "Mines spodumene near Val-d'Or." }) { change { before after } entity { aliases description } } }
            """, new { id }, bearer: false)).AssertOk();
        Assert.Equal(["LNord"], update.Data.Items("updateEntity.entity.aliases").Select(a => a.GetString()));
        Assert.Contains("A Quebec lithium miner.", update.Data.Str("updateEntity.change.before"));
        Assert.Contains("Mines spodumene", update.Data.Str("updateEntity.change.after"));

        var search = (await Client.PostGraphQLAsync("""{ search(text: "lnord") { entity { id } } }""")).AssertOk();
        Assert.Contains(search.Data.Items("search"), h => h.Str("entity.id") == id);
        var history = (await Client.PostGraphQLAsync(History, new { id })).AssertOk();
        Assert.Equal(["createEntity", "updateEntity"], history.Data.Items("history.nodes").Select(n => n.Str("operation")));
    }

    [Fact]
    public async Task AssertRelation_WithEvidence_IsReadBackFromBothEndsAndHistory()
    {
        var suffix = Suffix();
        var source = await NewSourceAsync(suffix);
        var company = await NewCompanyAsync(suffix);
        var response = (await CurateAsync(AssertRelation, Produces(company, source))).AssertOk();
        var relationId = response.Data.Str("assertRelation.relation.id");
        Assert.Equal(("PRODUCES", company, "mineral/lithium", "2026-03"),
            (response.Data.Str("assertRelation.relation.kind"), response.Data.Str("assertRelation.relation.fromId"),
             response.Data.Str("assertRelation.relation.toId"), response.Data.Str("assertRelation.relation.since.value")));
        Assert.Equal(source, response.Data.Items("assertRelation.relation.evidence").Single().Str("source.id"));

        var fromCompany = (await Client.PostGraphQLAsync($$"""{ node(id: "{{company}}") { relations { nodes { id evidence { quote } } } } }""")).AssertOk();
        Assert.Contains(fromCompany.Data.Items("node.relations.nodes"), r => r.Str("id") == relationId);
        var fromLithium = (await Client.PostGraphQLAsync("""{ node(id: "mineral/lithium") { relations(kinds: [PRODUCES], first: 100) { nodes { id } } } }""")).AssertOk();
        Assert.Contains(fromLithium.Data.Items("node.relations.nodes"), r => r.Str("id") == relationId);
        foreach (var id in new[] { relationId, company, "mineral/lithium" })
        {
            var history = (await Client.PostGraphQLAsync(History, new { id })).AssertOk();
            Assert.Contains(history.Data.Items("history.nodes"), n => n.Str("operation") == "assertRelation" && n.Items("targets").Any(t => t.GetString() == relationId));
        }
    }

    [Fact]
    public async Task MergeEntities_OldIdResolvesToSurvivor_RelationsMove()
    {
        var suffix = Suffix();
        var source = await NewSourceAsync(suffix);
        var survivor = await NewCompanyAsync(suffix);
        var merged = await NewCompanyAsync(suffix + "-dup", "Lithium Nord Inc.");
        var relationId = (await CurateAsync(AssertRelation, Produces(merged, source))).AssertOk().Data.Str("assertRelation.relation.id");

        var merge = (await CurateAsync("""
            mutation($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { change { operation targets } entity { id aliases } } }
            """, new { s = survivor, m = merged })).AssertOk();
        Assert.Equal(survivor, merge.Data.Str("mergeEntities.entity.id"));
        Assert.Contains("Lithium Nord Inc.", merge.Data.Items("mergeEntities.entity.aliases").Select(a => a.GetString()));

        var old = (await Client.PostGraphQLAsync($$"""{ node(id: "{{merged}}") { id } relation(id: "{{relationId}}") { fromId } }""")).AssertOk();
        Assert.Equal(survivor, old.Data.Str("node.id"));
        Assert.Equal(survivor, old.Data.Str("relation.fromId"));
        var history = (await Client.PostGraphQLAsync(History, new { id = merged })).AssertOk();
        Assert.Contains(history.Data.Items("history.nodes"), n => n.Str("operation") == "mergeEntities");
    }

    [Fact]
    public async Task RetractRelation_IsHiddenByDefault_ShownWhenAsked_WithReasonAndCurator()
    {
        var suffix = Suffix();
        var source = await NewSourceAsync(suffix);
        var company = await NewCompanyAsync(suffix);
        var relationId = (await CurateAsync(AssertRelation, Produces(company, source))).AssertOk().Data.Str("assertRelation.relation.id");

        var retract = (await CurateAsync("""
            mutation($id: ID!) { retractRelation(id: $id, reason: "The company later said production had not begun.") { change { operation before after } relation { retraction { reason by } } } }
            """, new { id = relationId })).AssertOk();
        Assert.Equal("ana", retract.Data.Str("retractRelation.relation.retraction.by"));

        var hidden = (await Client.PostGraphQLAsync($$"""{ node(id: "{{company}}") { relations { totalCount nodes { id } } } }""")).AssertOk();
        Assert.DoesNotContain(hidden.Data.Items("node.relations.nodes"), r => r.Str("id") == relationId);
        var shown = (await Client.PostGraphQLAsync($$"""{ node(id: "{{company}}") { relations(includeRetracted: true) { nodes { id retraction { reason at } } } } }""")).AssertOk();
        var relation = Assert.Single(shown.Data.Items("node.relations.nodes"), r => r.Str("id") == relationId);
        Assert.Equal("The company later said production had not begun.", relation.Str("retraction.reason"));
        var history = (await Client.PostGraphQLAsync(History, new { id = relationId })).AssertOk();
        Assert.Equal(["assertRelation", "retractRelation"], history.Data.Items("history.nodes").Select(n => n.Str("operation")));
    }

    [Fact]
    public async Task SameIdempotencyKey_IsAppliedOnce()
    {
        var suffix = Suffix();
        var source = await NewSourceAsync(suffix);
        var company = await NewCompanyAsync(suffix);
        var before = await GraphSnapshotAsync();
        var variables = new { input = ProducesInput(company, source), key = $"retry-{suffix}" };
        var first = (await CurateAsync(AssertRelation, variables)).AssertOk();
        var afterFirst = await GraphSnapshotAsync();
        var second = (await CurateAsync(AssertRelation, variables)).AssertOk();
        Assert.Equal(first.Data.At("assertRelation.change.sequence").GetInt32(), second.Data.At("assertRelation.change.sequence").GetInt32());
        Assert.Equal($"retry-{suffix}", second.Data.Str("assertRelation.change.idempotencyKey"));
        Assert.NotEqual(before, afterFirst);
        Assert.Equal(afterFirst, await GraphSnapshotAsync());
        var relations = (await Client.PostGraphQLAsync($$"""{ node(id: "{{company}}") { relations { totalCount } } }""")).AssertOk();
        Assert.Equal(1, relations.Data.At("node.relations.totalCount").GetInt32());
    }

    [Fact]
    public async Task AddSource_WithTheLargestTextAllowed_IsAccepted_AndItsQuotesAreChecked()
    {
        var suffix = Suffix();
        // 2,000,000 characters, the documented most, each escaped as \u00e9 on the wire: a 12 MB body.
        var text = SourceText + " " + new string('é', 2_000_000 - SourceText.Length - 1);
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            query = AddSource,
            variables = new { input = new { id = $"source/long-{suffix}", title = "A long document", text } },
        }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }));
        Assert.True(body.Length > 11_900_000, $"{body.Length:N0} bytes");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ICurationServerFixture.CuratorKey);
        (await GraphQLHttp.SendAsync(Client, request)).AssertOk();

        var company = await NewCompanyAsync(suffix);
        (await CurateAsync(AssertRelation, Produces(company, $"source/long-{suffix}"))).AssertOk();
    }

    [Fact]
    public async Task Mutation_WithTwoFields_IsRefusedBeforeEitherRuns()
    {
        var suffix = Suffix();
        var before = await GraphSnapshotAsync();
        // a would be accepted, b refused: run in order, a would be written and the answer would say nothing was.
        var mixed = await CurateAsync($$"""
            mutation {
              a: createEntity(id: "company/first-of-two-{{suffix}}", fields: { name: "First" }) { entity { id } }
              b: createEntity(id: "company/Not A Slug", fields: { name: "" }) { entity { id } }
            }
            """);
        Assert.Equal(HttpStatusCode.BadRequest, mixed.Status);
        Assert.Equal(["MULTIPLE_MUTATIONS"], mixed.ErrorCodes);
        Assert.Contains("2 fields (a, b)", mixed.ErrorText);
        Assert.False(mixed.Body.TryGetProperty("data", out _));
        // Two good changes, one of them through a fragment, are refused the same way.
        var both = await CurateAsync($$"""
            mutation { ...Second createEntity(id: "company/third-of-two-{{suffix}}", fields: { name: "Third" }) { entity { id } } }
            fragment Second on Mutation { createEntity2: createEntity(id: "company/second-of-two-{{suffix}}", fields: { name: "Second" }) { entity { id } } }
            """);
        Assert.Equal(["MULTIPLE_MUTATIONS"], both.ErrorCodes);
        Assert.Equal(before, await GraphSnapshotAsync());
        var absent = await Client.PostGraphQLAsync($$"""{ node(id: "company/first-of-two-{{suffix}}") { id } }""");
        Assert.Equal(["NOT_FOUND"], absent.ErrorCodes);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("not-a-key", true)]
    [InlineData(ICurationServerFixture.ReaderKey, true)]
    [InlineData("not-a-key", false)]
    public async Task Mutation_WithoutCuratorKey_Is401AndWritesNothing(string? key, bool bearer)
    {
        var before = await GraphSnapshotAsync();
        var response = await CurateAsync(AddSource, new { input = new { id = $"source/unauthorised-{Suffix()}", title = "Nope" } }, key, bearer);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Equal("Bearer", response.Message.Headers.WwwAuthenticate.Single().Scheme);
        // The same answer whatever was wrong, so it tells nothing about which keys exist.
        Assert.DoesNotContain("rita", response.Body.GetRawText());
        Assert.Equal(before, await GraphSnapshotAsync());
    }

    [Fact]
    public async Task Query_NeedsNoKey_AndHistoryOfSeedEntityIsEmpty()
    {
        var response = (await Client.PostGraphQLAsync("""{ history(id: "government/canada", first: 5) { totalCount nodes { sequence } pageInfo { hasNextPage } } }""")).AssertOk();
        Assert.False(response.Data.At("history.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(response.Data.Items("history.nodes").Count(), response.Data.At("history.totalCount").GetInt32());
    }

    public static TheoryData<string, object, string[]> BadInputs() => new()
    {
        {
            "unknown ids",
            new { input = new { kind = "PRODUCES", from = "company/does-not-exist", to = "mineral/unobtainium", evidence = new[] { new { source = "source/nowhere", quote = "x" } } } },
            ["from", "to", "evidence[0].source"]
        },
        {
            "no evidence",
            new { input = new { kind = "MEMBER_OF", from = "government/canada", to = "agreement/usmca", evidence = Array.Empty<object>() } },
            ["evidence"]
        },
        {
            "quote not in the source's text",
            new { input = new { kind = "MEMBER_OF", from = "government/canada", to = "agreement/usmca", evidence = new[] { new { source = "source/editors-note-canada-mexico-minerals", quote = "Canada quit every trade agreement it ever signed" } } } },
            ["evidence[0].quote"]
        },
        {
            "ends before it starts",
            new { input = new { kind = "MEMBER_OF", from = "government/canada", to = "agreement/usmca", since = "2024-05", until = "2023", evidence = new[] { new { source = "source/editors-note-canada-mexico-minerals", quote = "Canada" } } } },
            ["until"]
        },
        {
            "kind that does not fit its ends",
            new { input = new { kind = "MEMBER_OF", from = "mineral/lithium", to = "government/canada", evidence = new[] { new { source = "source/editors-note-canada-mexico-minerals", quote = "Canada" } } } },
            ["kind"]
        },
        {
            "oversized strings and a bad date",
            new { input = new { kind = "MEMBER_OF", from = "government/canada", to = "agreement/usmca", note = new string('n', 5000), since = "2024-13", evidence = new[] { new { source = "source/editors-note-canada-mexico-minerals", quote = new string('q', 3000) } } } },
            ["note", "since", "evidence[0].quote"]
        },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task AssertRelation_BadInput_ListsEveryProblemAndChangesNothing(string why, object variables, string[] fields)
    {
        var before = await GraphSnapshotAsync();
        var response = await CurateAsync(AssertRelation, variables);
        Assert.True(response.Status == HttpStatusCode.OK, why);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("data").ValueKind);
        var problems = response.Errors[0].At("extensions.problems").EnumerateArray().Select(p => p.Str("field")).ToList();
        foreach (var field in fields) Assert.Contains(field, problems);
        Assert.Contains("nothing was written", response.ErrorText);
        Assert.Equal(before, await GraphSnapshotAsync());
    }

    [Fact]
    public async Task EntityAndSource_BadInput_ListsEveryProblemAndChangesNothing()
    {
        var before = await GraphSnapshotAsync();
        var create = await CurateAsync(CreateEntity, new { id = "company/Bad Id", fields = new { name = "", country = "mineral/lithium" } });
        Assert.Equal(["BAD_USER_INPUT"], create.ErrorCodes);
        Assert.Contains("id", create.Errors[0].At("extensions.problems").EnumerateArray().Select(p => p.Str("field")));
        var source = await CurateAsync(AddSource, new { input = new { id = "source/editors-note-canada-mexico-minerals", title = new string('t', 400), url = "ftp://x" } });
        var problems = source.Errors[0].At("extensions.problems").EnumerateArray().Select(p => p.Str("field")).ToList();
        Assert.Equal(["id", "title", "url"], problems.Order());
        var merge = await CurateAsync("""mutation { mergeEntities(survivorId: "government/canada", mergedId: "mineral/lithium") { change { sequence } } }""");
        Assert.Contains("mergedId", merge.Errors[0].At("extensions.problems").EnumerateArray().Select(p => p.Str("field")));
        var retract = await CurateAsync("""mutation { retractRelation(id: "rel/does-not-exist", reason: "x") { change { sequence } } }""");
        Assert.Contains("id", retract.Errors[0].At("extensions.problems").EnumerateArray().Select(p => p.Str("field")));
        Assert.Equal(before, await GraphSnapshotAsync());
    }
}
