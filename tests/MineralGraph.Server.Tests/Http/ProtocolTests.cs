using System.Net;
using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Http;

/// <summary>GraphQL over HTTP: methods, media types, status codes, health, CORS and the explorer.</summary>
public abstract class ProtocolTests<TFixture>(TFixture server) : IClassFixture<TFixture> where TFixture : class, IServerFixture
{
    protected HttpClient Client { get; } = server.CreateClient();

    const string Simple = """{ node(id: "government/mexico") { id name } }""";

    [Fact]
    public async Task Post_NoAccept_AnswersGraphQLResponseJson()
    {
        var response = await Client.PostGraphQLAsync(Simple);
        response.AssertOk();
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal("Mexico", response.Data.Str("node.name"));
    }

    [Fact]
    public async Task Post_NonAsciiNames_StayReadableInTheBody()
    {
        var response = await Client.PostAsync("/graphql", GraphQLHttp.Json("""{"query":"{ node(id: \"agency/mexico-secretaria-de-economia\") { name } }"}"""));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Secretaría de Economía", text);
    }

    [Fact]
    public async Task Post_AcceptJson_AnswersApplicationJson()
    {
        var response = await Client.PostGraphQLAsync(Simple, accept: "application/json");
        response.AssertOk();
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task Post_AcceptBothPreferringGraphQLResponse_AnswersGraphQLResponseJson()
    {
        var response = await Client.PostGraphQLAsync(Simple, accept: "application/json;q=0.5, application/graphql-response+json");
        Assert.Equal("application/graphql-response+json", response.MediaType);
    }

    [Fact]
    public async Task Post_AcceptXmlOnly_Is406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = GraphQLHttp.Json(JsonSerializer.Serialize(new { query = Simple })) };
        request.Headers.TryAddWithoutValidation("Accept", "application/xml");
        var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Get_Query_Executes()
    {
        var response = await Client.GetGraphQLAsync("""query($id: ID!) { node(id: $id) { name } }""", """{"id":"government/canada"}""");
        response.AssertOk();
        Assert.Equal("Canada", response.Data.Str("node.name"));
    }

    [Fact]
    public async Task Get_Mutation_Is405()
    {
        var response = await Client.GetGraphQLAsync("mutation { anything }");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("POST", response.Message.Content.Headers.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", response.ErrorCodes);
    }

    [Fact]
    public async Task Post_MutationWithoutKey_Is401BeforeAnythingRuns()
    {
        var response = await Client.PostGraphQLAsync("mutation { anything }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    // A subscription over plain JSON (400 SUBSCRIPTION_NEEDS_EVENT_STREAM) is covered with the SSE tests (Live/SubscriptionTests).

    [Fact]
    public async Task Put_Is405()
    {
        var response = await Client.PutAsync("/graphql", GraphQLHttp.Json(JsonSerializer.Serialize(new { query = Simple })));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_TextPlain_Is415()
    {
        var response = await Client.PostAsync("/graphql", new StringContent(Simple));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyNotJson_Is400()
    {
        var response = await GraphQLHttp.SendAsync(Client, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = GraphQLHttp.Json("{ not json") });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("not a JSON object", response.ErrorText);
    }

    [Fact]
    public async Task Post_SyntaxError_Is400()
    {
        var response = await Client.PostGraphQLAsync("{ node(id: ");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Contains("SYNTAX_ERROR", response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Post_UnknownField_Is400Validation()
    {
        var response = await Client.PostGraphQLAsync("{ nope }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("nope", response.ErrorText);
    }

    [Fact]
    public async Task Post_ValidationErrorAcceptingJson_Is200AsGraphQLOverHttpAsks()
    {
        var response = await Client.PostGraphQLAsync("{ nope }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotEmpty(response.Errors);
    }

    [Fact]
    public async Task Post_RepeatedQuery_SameAnswerFromCachedDocument()
    {
        var first = await Client.PostGraphQLAsync(Simple);
        var second = await Client.PostGraphQLAsync(Simple);
        Assert.Equal(first.Body.GetRawText(), second.Body.GetRawText());
    }

    [Fact]
    public async Task Response_CarriesRequestId()
    {
        var response = await Client.PostGraphQLAsync(Simple);
        Assert.False(string.IsNullOrEmpty(response.Message.Headers.GetValues("X-Request-Id").Single()));
    }

    [Fact]
    public async Task Healthz_Is200()
    {
        var response = await Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_StoreAnswers_Is200Ready()
    {
        var response = await Client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ready", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task CorsPreflight_FromAnyOrigin_AllowsPost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", "https://researcher.example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Get_Browser_GetsGraphiQLBundledLocally()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Add("Accept", "text/html,application/xhtml+xml");
        var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("/graphiql/graphiql.js", html);
        Assert.DoesNotContain("unpkg", html);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);

        var script = await Client.GetAsync("/graphiql/graphiql.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000, "the GraphiQL bundle is suspiciously small");
    }

    [Fact]
    public async Task Get_BrowserFollowingAQueryLink_GetsGraphiQLButApiClientGetsData()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(Simple);
        using var browser = new HttpRequestMessage(HttpMethod.Get, url);
        browser.Headers.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        var page = await Client.SendAsync(browser);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        var data = await Client.GetGraphQLAsync(Simple, accept: "application/graphql-response+json, text/html;q=0.5");
        data.AssertOk();
        Assert.Equal("Mexico", data.Data.Str("node.name"));
    }

    [Fact]
    public async Task Get_NoQueryNoHtml_Is400()
    {
        var response = await GraphQLHttp.SendAsync(Client, new HttpRequestMessage(HttpMethod.Get, "/graphql"));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }
}
