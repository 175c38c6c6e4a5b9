using System.Net;
using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Http;

/// <summary>Bad input gets a clear error naming the problem, never a 500 and never the whole graph.</summary>
public abstract class BadInputTests<TFixture>(TFixture server) : IClassFixture<TFixture> where TFixture : class, IServerFixture
{
    protected HttpClient Client { get; } = server.CreateClient();

    static void AssertValidationError(GraphQLResponse response, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.Errors, e => e.Str("message").Contains(message, StringComparison.Ordinal));
        Assert.False(response.Body.TryGetProperty("data", out _), "a request that fails validation must not execute");
    }

    [Fact]
    public async Task Node_UnknownId_NullWithNotFound()
    {
        var response = await Client.PostGraphQLAsync("""{ node(id: "official/nobody") { id } }""");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("node").ValueKind);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Contains("official/nobody", response.ErrorText);
    }

    [Fact]
    public async Task Relation_UnknownId_NullWithNotFound()
    {
        var response = await Client.PostGraphQLAsync("""{ relation(id: "rel/nothing-like-this") { id } }""");
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("relation").ValueKind);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task Neighbourhood_UnknownId_NullWithNotFound()
    {
        var response = await Client.PostGraphQLAsync("""{ neighbourhood(id: "government/atlantis") { truncated } }""");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("neighbourhood").ValueKind);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task Paths_UnknownTo_NullWithNotFoundNamingTheArgument()
    {
        var response = await Client.PostGraphQLAsync("""{ paths(from: "government/mexico", to: "government/atlantis") { hops } }""");
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("paths").ValueKind);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.StartsWith("to:", response.ErrorText);
    }

    [Fact]
    public async Task Neighbourhood_DepthAboveCap_Is400NamingCap()
    {
        AssertValidationError(await Client.PostGraphQLAsync("""{ neighbourhood(id: "government/mexico", depth: 4) { truncated } }"""), "depth must be at most 3");
    }

    [Fact]
    public async Task Neighbourhood_DepthAboveCapInVariable_Is400NamingCap()
    {
        const string query = """query($d: Int) { neighbourhood(id: "government/mexico", depth: $d) { truncated } }""";
        Assert.Equal(HttpStatusCode.OK, (await Client.PostGraphQLAsync(query, new { d = 1 })).Status);
        // The document is now cached; the cap must still be checked against the new variables.
        AssertValidationError(await Client.PostGraphQLAsync(query, new { d = 9 }), "depth must be at most 3");
    }

    [Fact]
    public async Task Paths_MaxHopsAboveCap_Is400NamingCap()
    {
        AssertValidationError(await Client.PostGraphQLAsync("""{ paths(from: "government/mexico", to: "government/canada", maxHops: 7) { hops } }"""), "maxHops must be at most 6");
    }

    [Fact]
    public async Task Paths_FirstAboveCap_Is400NamingCap()
    {
        AssertValidationError(await Client.PostGraphQLAsync("""{ paths(from: "government/mexico", to: "government/canada", first: 11) { hops } }"""), "first must be at most 10");
    }

    [Fact]
    public async Task List_FirstAboveCap_Is400NamingCap()
    {
        AssertValidationError(await Client.PostGraphQLAsync("{ minerals(first: 500) { totalCount } }"), "first must be at most 100");
    }

    [Fact]
    public async Task Relations_FirstZero_Is400NamingFloor()
    {
        AssertValidationError(await Client.PostGraphQLAsync("""{ node(id: "government/mexico") { relations(first: 0) { totalCount } } }"""), "first must be at least 1");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-- !")]
    public async Task Search_NoLettersOrDigits_BadUserInput(string text)
    {
        var response = await Client.PostGraphQLAsync("query($t: String!) { search(text: $t) { score } }", new { t = text });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("search").ValueKind);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Search_TextOverTheLimit_BadUserInputNamingIt_AndTheLimitItselfIsAnswered()
    {
        // The probe's text: 1,440 characters that once broke Neo4j's full-text index (INTERNAL_SERVER_ERROR).
        var text = string.Concat(Enumerable.Repeat("Canada and Mexico agreed on lithium ", 40));
        var response = await Client.PostGraphQLAsync("query($t: String!) { search(text: $t) { score } }", new { t = text });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("1,440 characters long; at most 200 are allowed", response.ErrorText);

        var atTheLimit = await Client.PostGraphQLAsync("query($t: String!) { search(text: $t) { score } }", new { t = text[..200] });
        atTheLimit.AssertOk();
        Assert.Empty(atTheLimit.Data.Items("search"));
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("yesterday")]
    [InlineData("2025-09")]
    public async Task AsOf_MalformedDateVariable_Is400NamingVariable(string date)
    {
        var response = await Client.PostGraphQLAsync("""
            query($when: Date) { node(id: "government/mexico") { relations(asOf: $when) { totalCount } } }
            """, new { when = date });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("$when", response.ErrorText);
    }

    [Fact]
    public async Task AsOf_MalformedDateLiteral_Is400SayingTheFormat()
    {
        AssertValidationError(await Client.PostGraphQLAsync("""{ paths(from: "a/b", to: "c/d", asOf: "2025-02-30") { hops } }"""), "YYYY-MM-DD");
    }

    [Fact]
    public async Task After_NotACursor_BadUserInput()
    {
        var response = await Client.PostGraphQLAsync("""{ governments(after: "not-a-cursor") { totalCount } stats { entities } }""");
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("not-a-cursor", response.ErrorText);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("governments").ValueKind);
        Assert.True(response.Data.At("stats.entities").GetInt32() > 0, "the other root field still answers");
    }

    [Fact]
    public async Task Nodes_TooManyIds_Is400NamingCap()
    {
        var ids = Enumerable.Range(0, 101).Select(i => $"government/g{i}").ToArray();
        AssertValidationError(await Client.PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }), "ids must hold at most 100 items");
    }
}
