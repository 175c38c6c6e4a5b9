using System.Net;
using System.Text.RegularExpressions;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>
/// The embedded server with a tiny limit (a burst of 2, then one request per 100 s, loopback not exempt), so
/// the third request of a client is refused and nothing refills during a test. Each test uses its own configured keys.
/// </summary>
public sealed class RateLimitedServerFixture : IServerFixture, IDisposable
{
    public const int Burst = 2;
    public const int Keys = 8;

    /// <summary>The i-th configured client key.</summary>
    public static string Key(int i) => $"rate-limit-test-key-{i}";

    readonly MineralGraphFactory factory = new(Settings());

    public static Dictionary<string, string?> Settings(bool exemptLoopback = false)
    {
        var settings = MineralGraphFactory.EmbeddedSettings();
        settings["RateLimiting:PermitsPerSecond"] = "0.01";
        settings["RateLimiting:Burst"] = Burst.ToString();
        settings["RateLimiting:ExemptLoopback"] = exemptLoopback ? "true" : "false";
        // Clients are told apart by configured keys; each test has its own.
        for (var i = 0; i < Keys; i++)
        {
            settings[$"Curation:Keys:{i}:Name"] = $"client-{i}";
            settings[$"Curation:Keys:{i}:Role"] = "reader";
            settings[$"Curation:Keys:{i}:Sha256"] = Domain.Curation.CuratorKeys.Hash(Key(i));
        }
        return settings;
    }

    public HttpClient CreateClient() => factory.CreateClient();

    public void Dispose() => factory.Dispose();
}

public sealed class RateLimitTests(RateLimitedServerFixture server) : IClassFixture<RateLimitedServerFixture>
{
    const string Query = """{ node(id: "government/canada") { id name } }""";
    readonly HttpClient client = server.CreateClient();

    static HttpRequestMessage Post(string key, string header = "X-Api-Key")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = GraphQLHttp.Json($$"""{"query": {{System.Text.Json.JsonSerializer.Serialize(Query)}}}""") };
        if (header == "Authorization") request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        else request.Headers.TryAddWithoutValidation(header, key);
        return request;
    }

    Task<GraphQLResponse> Send(HttpRequestMessage request) => GraphQLHttp.SendAsync(client, request);

    async Task UseUpBurstAsync(string key, string header = "X-Api-Key")
    {
        for (var i = 0; i < RateLimitedServerFixture.Burst; i++)
            (await Send(Post(key, header))).AssertOk();
    }

    [Fact]
    public async Task OverLimit_Is429WithRetryAfterAndRateLimitedCode()
    {
        var key = RateLimitedServerFixture.Key(0);
        await UseUpBurstAsync(key);

        var refused = await Send(Post(key));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        var retryAfter = int.Parse(Assert.Single(refused.Message.Headers.GetValues("Retry-After")));
        Assert.InRange(retryAfter, 1, 100); // one token per 100 s
        var error = Assert.Single(refused.Errors);
        Assert.Equal("RATE_LIMITED", error.Str("extensions.code"));
        var message = error.Str("message");
        Assert.Contains("rate limit", message);
        Assert.Equal(retryAfter, int.Parse(Regex.Match(message, @"retry after (\d+) s").Groups[1].Value));
        Assert.Equal(refused.Message.Headers.GetValues("X-Request-Id").Single(), error.Str("extensions.requestId"));
    }

    [Fact]
    public async Task DifferentKeys_HaveSeparateBuckets()
    {
        var first = RateLimitedServerFixture.Key(1);
        await UseUpBurstAsync(first);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(Post(first))).Status);

        // Another key, sent either way, starts with a full bucket; the first key stays refused.
        (await Send(Post(RateLimitedServerFixture.Key(2)))).AssertOk();
        (await Send(Post(RateLimitedServerFixture.Key(3), "Authorization"))).AssertOk();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(Post(first))).Status);
    }

    [Fact]
    public async Task BearerAndApiKeyHeader_NameTheSameClient()
    {
        var key = RateLimitedServerFixture.Key(4);
        (await Send(Post(key, "Authorization"))).AssertOk();
        (await Send(Post(key))).AssertOk();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(Post(key, "Authorization"))).Status);
    }

    [Fact]
    public async Task Export_SharesTheClientsBucket()
    {
        var key = RateLimitedServerFixture.Key(5);
        await UseUpBurstAsync(key);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export?format=cytoscape&id=government/canada&depth=1");
        request.Headers.Add("X-Api-Key", key);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task InventedKeys_DoNotBuyFreshBuckets()
    {
        // Keys the server does not know count as the client's address (none in the in-process host: one shared bucket).
        for (var i = 0; i < RateLimitedServerFixture.Burst; i++) (await Send(Post("invented-" + Guid.NewGuid()))).AssertOk();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(Post("invented-" + Guid.NewGuid()))).Status);
        (await Send(Post(RateLimitedServerFixture.Key(7)))).AssertOk();
    }

    [Fact]
    public async Task Healthz_IsNeverLimited()
    {
        var key = RateLimitedServerFixture.Key(6);
        await UseUpBurstAsync(key);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(Post(key))).Status);
        for (var i = 0; i < 10; i++)
        {
            foreach (var path in new[] { "/healthz", "/readyz" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("X-Api-Key", key);
                Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
            }
        }
    }
}

/// <summary>Over real sockets (Kestrel on 127.0.0.1): clients without a key are told apart by address, and loopback is exempt by default.</summary>
public sealed class RateLimitLoopbackTests
{
    const string Query = """{ node(id: "government/canada") { id } }""";

    static (MineralGraphFactory Factory, HttpClient Client) Start(bool exemptLoopback)
    {
        var factory = new MineralGraphFactory(RateLimitedServerFixture.Settings(exemptLoopback));
        factory.UseKestrel(0);
        factory.StartServer();
        return (factory, factory.CreateClient());
    }

    [Fact]
    public async Task Loopback_ExemptByDefault_NeverLimited()
    {
        var (factory, client) = Start(exemptLoopback: true);
        using var _ = factory;
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
        for (var i = 0; i < RateLimitedServerFixture.Burst * 5; i++)
            (await client.PostGraphQLAsync(Query)).AssertOk();
    }

    [Fact]
    public async Task Loopback_NotExempt_LimitedByAddress()
    {
        var (factory, client) = Start(exemptLoopback: false);
        using var _ = factory;
        for (var i = 0; i < RateLimitedServerFixture.Burst; i++)
            (await client.PostGraphQLAsync(Query)).AssertOk();
        var refused = await client.PostGraphQLAsync(Query);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RATE_LIMITED", Assert.Single(refused.ErrorCodes));
    }
}
