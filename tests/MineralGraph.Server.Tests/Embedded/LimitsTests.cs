using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Validation;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>
/// The query limits (Limits section): each refused with its own code and a message naming the limit and its
/// value, each passed just under it, and each overridable from configuration.
/// </summary>
public sealed class LimitsTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    readonly HttpClient client = server.CreateClient();

    // The introspection query GraphiQL sends (graphql-js getIntrospectionQuery, with descriptions).
    internal const string Introspection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    static void AssertRefused(GraphQLResponse response, string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Contains(message, response.ErrorText, StringComparison.Ordinal);
        Assert.False(response.Body.TryGetProperty("data", out _), "a refused request must not execute");
    }

    /// <summary>
    /// A chain of selections <paramref name="depth"/> levels deep through relations, one item per list. Depth counts
    /// levels of fields as graphql-dotnet does: <c>{ a { b } }</c> is 2.
    /// </summary>
    internal static string Nested(int depth)
    {
        depth--;
        string[] cycle = ["relations(first: 1)", "edges", "node", "from"];
        var query = new StringBuilder("{ node(id: \"government/mexico\") {");
        for (var level = 1; level < depth; level++) query.Append(' ').Append(cycle[(level - 1) % cycle.Length]).Append(" {");
        query.Append(" __typename");
        for (var level = 0; level < depth; level++) query.Append(" }");
        return query.Append(" }").ToString();
    }

    static string Aliases(int count) => "{ " + string.Concat(Enumerable.Range(1, count).Select(i => $"a{i}: __typename ")) + "}";

    /// <summary>A document of exactly <paramref name="tokens"/> tokens.</summary>
    static string Tokens(int tokens) => "{ " + string.Concat(Enumerable.Repeat("__typename ", tokens - 2)) + "}";

    /// <summary>A valid document of exactly <paramref name="bytes"/> UTF-8 bytes, padded with a comment.</summary>
    static string OfBytes(int bytes)
    {
        const string head = "{ __typename }\n#";
        return head + new string('x', bytes - head.Length);
    }

    [Fact]
    public async Task Introspection_GraphiQLQuery_PassesAndCountsTowardCost()
    {
        var response = await client.PostGraphQLAsync(Introspection);
        response.AssertOk();
        Assert.Contains(response.Data.Items("__schema.types"), t => t.Str("name") == "Entity");

        using var tight = new MineralGraphFactory(Settings(("Limits:MaxCost", "100")));
        var refused = await tight.CreateClient().PostGraphQLAsync(Introspection);
        AssertRefused(refused, "COST_LIMIT_EXCEEDED", "the limit is 100 (Limits:MaxCost)");
    }

    [Fact]
    public async Task NestedPagination_TooLarge_Is400CostLimitExceeded()
    {
        var response = await client.PostGraphQLAsync("""
            { governments(first: 100) { nodes { relations(first: 100) { edges { node { to { relations(first: 100) {
                edges { node { from { relations(first: 100) { totalCount } } } } } } } } } } } }
            """);
        AssertRefused(response, "COST_LIMIT_EXCEEDED", "the limit is 150,000 (Limits:MaxCost)");
        Assert.Matches(@"estimated cost is [\d,]+;", response.ErrorText);
    }

    [Fact]
    public async Task NestedPagination_TooLargeThroughVariablesOfACachedDocument_Is400()
    {
        const string query = """
            query($n: Int) { governments(first: $n) { nodes { relations(first: $n) { edges { node { to { relations(first: $n) {
                edges { node { from { relations(first: $n) { totalCount } } } } } } } } } } } }
            """;
        (await client.PostGraphQLAsync(query, new { n = 1 })).AssertOk();
        AssertRefused(await client.PostGraphQLAsync(query, new { n = 100 }), "COST_LIMIT_EXCEEDED", "the limit is 150,000");
    }

    [Fact]
    public async Task Cost_AnotherOperationOfACachedDocument_IsEstimatedAgain()
    {
        const string query = """
            query Small { minerals(first: 1) { nodes { id } } }
            query Large { governments(first: 100) { nodes { relations(first: 100) { edges { node { to { relations(first: 100) {
                edges { node { from { relations(first: 100) { totalCount } } } } } } } } } } } }
            """;
        (await client.PostGraphQLAsync(query, operationName: "Small")).AssertOk();
        AssertRefused(await client.PostGraphQLAsync(query, operationName: "Large"), "COST_LIMIT_EXCEEDED", "the limit is 150,000");
    }

    [Fact]
    public async Task Cost_AtTheLimit_PassesAndOneOver_IsRefusedWithBothNumbers()
    {
        // minerals 1 + nodes 1 + first × id: 12 for first 10, 13 for first 11.
        using var factory = new MineralGraphFactory(Settings(("Limits:MaxCost", "12")));
        var limited = factory.CreateClient();
        (await limited.PostGraphQLAsync("{ minerals(first: 10) { nodes { id } } }")).AssertOk();
        AssertRefused(await limited.PostGraphQLAsync("{ minerals(first: 11) { nodes { id } } }"), "COST_LIMIT_EXCEEDED",
            "The operation's estimated cost is 13; the limit is 12 (Limits:MaxCost).");
        // Without first, the list counts as its default page (20).
        AssertRefused(await limited.PostGraphQLAsync("{ minerals { nodes { id } } }"), "COST_LIMIT_EXCEEDED", "estimated cost is 22;");
    }

    [Fact]
    public async Task Cost_Neighbourhood_CostsTheNodesItMayReachWhateverIsSelected()
    {
        using var factory = new MineralGraphFactory(Settings(("Limits:MaxCost", "100")));
        var limited = factory.CreateClient();
        // 1 + 10 nodes reachable, plus `truncated`.
        (await limited.PostGraphQLAsync("""{ neighbourhood(id: "government/mexico", depth: 1, limitPerNode: 10) { truncated } }""")).AssertOk();
        // 1 + 100 + 100² is over the 500-node cap: 500, plus `truncated`.
        AssertRefused(await limited.PostGraphQLAsync("""{ neighbourhood(id: "government/mexico", depth: 2, limitPerNode: 100) { truncated } }"""),
            "COST_LIMIT_EXCEEDED", "estimated cost is 501;");
    }

    [Fact]
    public async Task Depth_15Levels_Passes16_Is400DepthLimitExceeded()
    {
        (await client.PostGraphQLAsync(Nested(15))).AssertOk();
        AssertRefused(await client.PostGraphQLAsync(Nested(16)), "DEPTH_LIMIT_EXCEEDED", "The operation nests 16 levels deep; the limit is 15 (Limits:MaxDepth).");
    }

    [Fact]
    public async Task Depth_FarBeyondWhatTheParserFollows_Is400DepthLimitExceeded()
    {
        var query = string.Concat(Enumerable.Repeat("{ a ", 200)) + string.Concat(Enumerable.Repeat("}", 200));
        AssertRefused(await client.PostGraphQLAsync(query), "DEPTH_LIMIT_EXCEEDED", "(Limits:MaxDepth)");
    }

    [Fact]
    public async Task Aliases_15Pass16_Is400AliasLimitExceeded()
    {
        (await client.PostGraphQLAsync(Aliases(15))).AssertOk();
        AssertRefused(await client.PostGraphQLAsync(Aliases(16)), "ALIAS_LIMIT_EXCEEDED", "The document has 16 aliases; the limit is 15 (Limits:MaxAliases).");
    }

    [Fact]
    public async Task Tokens_1000Pass1001_Is400TokenLimitExceeded()
    {
        Assert.Equal(1000, DocumentLimits.CountTokens(Tokens(1000), 2000));
        (await client.PostGraphQLAsync(Tokens(1000))).AssertOk();
        AssertRefused(await client.PostGraphQLAsync(Tokens(1001)), "TOKEN_LIMIT_EXCEEDED", "more than 1,000 tokens (Limits:MaxTokens)");
    }

    [Fact]
    public async Task DocumentSize_20KBPasses_OneByteMore_Is400DocumentTooLarge()
    {
        (await client.PostGraphQLAsync(OfBytes(20 * 1024))).AssertOk();
        AssertRefused(await client.PostGraphQLAsync(OfBytes(20 * 1024 + 1)), "DOCUMENT_TOO_LARGE",
            "The document is 20,481 bytes; the limit is 20,480 bytes (Limits:MaxDocumentBytes).");
        // Multi-byte characters count as their UTF-8 bytes.
        AssertRefused(await client.GetGraphQLAsync("{ __typename }#" + new string('é', 10_241)), "DOCUMENT_TOO_LARGE", "the limit is 20,480 bytes");
    }

    [Fact]
    public async Task Batching_JsonArrayBody_Is400BatchingNotSupported()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = GraphQLHttp.Json("""  [{"query": "{ __typename }"}, {"query": "{ __typename }"}]""") };
        AssertRefused(await GraphQLHttp.SendAsync(client, request), "BATCHING_NOT_SUPPORTED", "Batching is not supported");
    }

    [Fact]
    public async Task Body_OverMaxBodyBytes_Is413RequestTooLarge()
    {
        var response = await client.PostGraphQLAsync("query($t: String!) { search(text: $t) { score } }", new { t = new string('a', 101 * 1024) });
        AssertRefused(response, "REQUEST_TOO_LARGE", "the limit is 102,400 bytes (Limits:MaxBodyBytes)", HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Body_ChunkedAndOverMaxBodyBytes_Is413NamingTheLimitNotAGuessedSize()
    {
        // 10 MB sent chunked, without a Content-Length: the server knows only that it is over the limit.
        var body = "{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"" + new string('x', 10 * 1024 * 1024) + "\"}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        var response = await GraphQLHttp.SendAsync(client, request);
        AssertRefused(response, "REQUEST_TOO_LARGE", "The request body is larger than the limit of 102,400 bytes (Limits:MaxBodyBytes).", HttpStatusCode.RequestEntityTooLarge);
        // With a Content-Length the size is known and said.
        var declared = await client.PostGraphQLAsync("query($t: String!) { search(text: $t) { score } }", new { t = new string('a', 200_000) });
        Assert.Matches(@"^The request body is 200,\d{3} bytes; the limit is 102,400 bytes \(Limits:MaxBodyBytes\)\.$", declared.ErrorText);
    }

    [Fact]
    public async Task FieldSuggestions_OnInDevelopment_OffInProductionAndWhenConfiguredOff()
    {
        const string typo = "{ governmentz { totalCount } }";
        Assert.Contains("Did you mean", (await client.PostGraphQLAsync(typo)).ErrorText);

        using var production = new MineralGraphFactory(MineralGraphFactory.EmbeddedSettings()).WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var inProduction = await production.CreateClient().PostGraphQLAsync(typo);
        Assert.Equal(HttpStatusCode.BadRequest, inProduction.Status);
        Assert.Contains("governmentz", inProduction.ErrorText);
        Assert.DoesNotContain("Did you mean", inProduction.ErrorText);
        Assert.DoesNotContain("'governments'", inProduction.ErrorText);

        using var configured = new MineralGraphFactory(Settings(("Limits:FieldSuggestions", "false")));
        var off = await configured.CreateClient().PostGraphQLAsync("{ node(id: \"government/mexico\") { nam } }");
        Assert.Equal(HttpStatusCode.BadRequest, off.Status);
        Assert.DoesNotContain("Did you mean", off.ErrorText);
    }

    [Fact]
    public async Task Timeout_StoreTooSlow_200WithTimeoutErrorOnTime_AndTheServerStillAnswers()
    {
        using var factory = new MineralGraphFactory(Settings(("Limits:ExecutionTimeout", "00:00:00.300")), SlowStore.Wrap);
        var slow = factory.CreateClient();
        foreach (var id in new[] { SlowStore.Cooperative, SlowStore.Stubborn })
        {
            var watch = Stopwatch.StartNew();
            var response = await slow.PostGraphQLAsync($$"""{ neighbourhood(id: "{{id}}") { truncated } }""");
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"answered after {watch.Elapsed}");
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal(["TIMEOUT"], response.ErrorCodes);
            Assert.Contains("limit of 0.3 s (Limits:ExecutionTimeout)", response.ErrorText);
            Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("data").ValueKind);
            Assert.True(response.Errors[0].GetProperty("extensions").TryGetProperty("requestId", out _));
        }
        (await slow.PostGraphQLAsync("{ node(id: \"government/mexico\") { name } }")).AssertOk();
    }

    [Fact]
    public async Task Configuration_OverridesEveryDefault()
    {
        using var factory = new MineralGraphFactory(Settings(
            ("Limits:MaxDepth", "3"), ("Limits:MaxAliases", "1"), ("Limits:MaxTokens", "60"), ("Limits:MaxDocumentBytes", "300"), ("Limits:MaxBodyBytes", "600")));
        var limited = factory.CreateClient();
        var limits = factory.Services.GetService(typeof(IOptions<QueryLimits>)) as IOptions<QueryLimits>;
        Assert.Equal(3, limits!.Value.MaxDepth);

        AssertRefused(await limited.PostGraphQLAsync(Nested(4)), "DEPTH_LIMIT_EXCEEDED", "the limit is 3");
        AssertRefused(await limited.PostGraphQLAsync(Aliases(2)), "ALIAS_LIMIT_EXCEEDED", "the limit is 1");
        AssertRefused(await limited.PostGraphQLAsync("{ " + string.Concat(Enumerable.Repeat("a ", 59)) + "}"), "TOKEN_LIMIT_EXCEEDED", "more than 60 tokens");
        AssertRefused(await limited.PostGraphQLAsync(OfBytes(301)), "DOCUMENT_TOO_LARGE", "the limit is 300 bytes");
        AssertRefused(await limited.PostGraphQLAsync("{ __typename }", new { pad = new string('x', 600) }), "REQUEST_TOO_LARGE", "the limit is 600 bytes",
            HttpStatusCode.RequestEntityTooLarge);
        (await limited.PostGraphQLAsync(Nested(3))).AssertOk();
    }

    [Fact]
    public void Configuration_InvalidLimit_StopsStartUpNamingIt()
    {
        using var factory = new MineralGraphFactory(Settings(("Limits:MaxCost", "0")));
        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Limits:MaxCost must be at least 1 (it is 0)", failure.ToString());
    }

    [Fact]
    public async Task Neighbourhood_CutByLimitPerNode_SaysTruncated()
    {
        var response = await client.PostGraphQLAsync("""{ neighbourhood(id: "government/mexico", limitPerNode: 1) { truncated nodes { id } } }""");
        response.AssertOk();
        Assert.True(response.Data.At("neighbourhood.truncated").GetBoolean());
        Assert.Equal(2, response.Data.Items("neighbourhood.nodes").Count());
    }

    static Dictionary<string, string?> Settings(params (string Key, string Value)[] limits)
    {
        var settings = MineralGraphFactory.EmbeddedSettings();
        foreach (var (key, value) in limits) settings[key] = value;
        return settings;
    }

    /// <summary>
    /// The real store, except that a neighbourhood around <see cref="Cooperative"/> takes a minute unless cancelled
    /// and one around <see cref="Stubborn"/> takes two seconds and ignores cancellation.
    /// </summary>
    public class SlowStore : DispatchProxy
    {
        public const string Cooperative = "government/slow";
        public const string Stubborn = "government/stubborn";
        IGraphStore inner = null!;

        public static IGraphStore Wrap(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, SlowStore>();
            ((SlowStore)(object)proxy).inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method!.Name == nameof(IGraphStore.GetNeighbourhoodAsync) && args![0] is NeighbourhoodQuery query && query.Id is Cooperative or Stubborn)
                return SlowAsync(query, (CancellationToken)args[1]!);
            try
            {
                return method.Invoke(inner, args);
            }
            catch (TargetInvocationException e)
            {
                throw e.InnerException!;
            }
        }

        async Task<Subgraph> SlowAsync(NeighbourhoodQuery query, CancellationToken cancellationToken)
        {
            if (query.Id == Cooperative) await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
            else await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None);
            return await inner.GetNeighbourhoodAsync(query with { Id = "government/mexico" }, cancellationToken);
        }
    }
}
