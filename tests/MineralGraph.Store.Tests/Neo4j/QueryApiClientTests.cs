using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>
/// The Query API client over a stub server: status codes become the right exceptions, reads are retried on
/// transient failures and writes never, timeouts and an open circuit surface as StoreUnavailableException.
/// Uses the real DI registration and resilience pipeline; only the socket is replaced.
/// </summary>
public sealed class QueryApiClientTests
{
    static readonly CypherStatement Statement = new("RETURN 1 AS ok");

    static ServiceProvider Services(StubNeo4jHandler stub, Action<Neo4jOptions>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = "http://neo4j.test:7474",
            ["NEO4J_USER"] = "reader",
            ["NEO4J_PASSWORD"] = "secret-pass",
            // The read cache's version poll would send requests of its own to the stub.
            ["ReadCache:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection().AddNeo4jGraphStore(configuration, o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            configure?.Invoke(o);
        });
        services.AddHttpClient(Neo4jQueryApiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider();
    }

    static Neo4jQueryApiClient Client(StubNeo4jHandler stub, Action<Neo4jOptions>? configure = null) =>
        Services(stub, configure).GetRequiredService<Neo4jQueryApiClient>();

    [Fact]
    public async Task Read_SendsStatementTypedAcceptReadModeTimeoutAndBasicAuth()
    {
        var stub = new StubNeo4jHandler().Then(HttpStatusCode.Accepted, StubNeo4jHandler.OneRow);

        var result = await Client(stub, o => o.CallerTimeout = TimeSpan.FromSeconds(3.5)).ReadAsync(new CypherStatement("RETURN $x AS ok", new Dictionary<string, object?> { ["x"] = 1 }));

        Assert.Equal(1L, result.Single().Get<long>("ok"));
        var (request, body) = Assert.Single(stub.Requests);
        // Opened as a transaction: the Query API applies maxExecutionTime only there (an auto-commit request ignores it).
        Assert.Equal("http://neo4j.test:7474/db/neo4j/query/v2/tx", request.RequestUri!.ToString());
        Assert.Equal("application/vnd.neo4j.query", Assert.Single(request.Headers.Accept).MediaType);
        Assert.Equal("Basic", request.Headers.Authorization!.Scheme);
        Assert.Equal("reader:secret-pass", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers.Authorization.Parameter!)));
        Assert.Equal("""{"statement":"RETURN $x AS ok","parameters":{"x":1},"accessMode":"Read","includeCounters":false,"maxExecutionTime":3}""", body);
    }

    [Fact]
    public async Task Read_TransactionIsRolledBackAfterTheAnswer()
    {
        var rolledBack = new TaskCompletionSource();
        var stub = new StubNeo4jHandler()
            .Then(HttpStatusCode.Accepted, """{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]},"transaction":{"id":"rd7"}}""")
            .Then(HttpStatusCode.OK, "{}");
        stub.Sent += request => { if (request.Method == HttpMethod.Delete) rolledBack.TrySetResult(); };

        var result = await Client(stub).ReadAsync(Statement);

        Assert.Equal(1L, result.Single().Get<long>("ok"));
        await rolledBack.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("/db/neo4j/query/v2/tx/rd7", stub.Requests[^1].Request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Read_SyntaxError_ThrowsClientExceptionWithoutRetry()
    {
        var stub = new StubNeo4jHandler().ThenError(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", "Invalid input");

        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => Client(stub).ReadAsync(Statement));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Equal("Invalid input", e.ServerMessage);
        Assert.Single(stub.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized")]
    [InlineData(HttpStatusCode.Forbidden, "Neo.ClientError.Security.Forbidden")]
    public async Task Read_RefusedCredentials_ThrowsAuthenticationException(HttpStatusCode status, string code)
    {
        var stub = new StubNeo4jHandler().ThenError(status, code);

        var e = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => Client(stub).ReadAsync(Statement));

        Assert.Equal(code, e.Code);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Read_TransientErrorOnce_IsRetriedAndSucceeds()
    {
        var stub = new StubNeo4jHandler()
            .ThenError(HttpStatusCode.ServiceUnavailable, "Neo.TransientError.Transaction.LockClientStopped")
            .Then(HttpStatusCode.Accepted, StubNeo4jHandler.OneRow);

        var result = await Client(stub).ReadAsync(Statement);

        Assert.Equal(1L, result.Single().Get<long>("ok"));
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task Write_TransientError_IsNotRetried()
    {
        var stub = new StubNeo4jHandler()
            .ThenError(HttpStatusCode.ServiceUnavailable, "Neo.TransientError.Transaction.DeadlockDetected")
            .Then(HttpStatusCode.Accepted, StubNeo4jHandler.OneRow);

        var e = await Assert.ThrowsAsync<Neo4jTransientException>(() => Client(stub).WriteAsync(Statement));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", e.Code);
        Assert.Single(stub.Requests);
        Assert.Contains("\"accessMode\":\"Write\"", stub.Requests[0].Body);
    }

    [Fact]
    public async Task Read_ConnectionRefused_RetriesThenThrowsStoreUnavailable()
    {
        var stub = new StubNeo4jHandler().ThenThrow(new HttpRequestException("Connection refused"));

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => Client(stub, o => o.ReadRetries = 2).ReadAsync(Statement));

        Assert.Contains("unreachable: Connection refused", e.Message);
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task Write_ConnectionRefused_ThrowsStoreUnavailableAfterOneAttempt()
    {
        var stub = new StubNeo4jHandler().ThenThrow(new HttpRequestException("Connection refused"));

        await Assert.ThrowsAsync<StoreUnavailableException>(() => Client(stub).WriteAsync(Statement));

        Assert.Single(stub.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, null)]
    [InlineData(HttpStatusCode.BadGateway, null)]
    [InlineData(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "Neo.TransientError.General.DatabaseUnavailable")]
    public async Task Read_DatabaseCannotServe_ThrowsStoreUnavailable(HttpStatusCode status, string? code)
    {
        var stub = code is null ? new StubNeo4jHandler().Then(status, "<html>proxy error</html>") : new StubNeo4jHandler().ThenError(status, code);

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => Client(stub, o => o.ReadRetries = 1).ReadAsync(Statement));

        Assert.Contains("unavailable", e.Message);
    }

    [Fact]
    public async Task Read_ServerNeverAnswers_TimesOutAsStoreUnavailable()
    {
        var stub = new StubNeo4jHandler().ThenHang();
        var client = Client(stub, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(100);
            o.TotalTimeout = TimeSpan.FromMilliseconds(250);
        });

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.ReadAsync(Statement));

        Assert.Contains("did not answer within", e.Message);
    }

    [Fact]
    public async Task Read_RepeatedFailures_OpenTheCircuitSoLaterCallsFailWithoutASend()
    {
        var stub = new StubNeo4jHandler().ThenThrow(new HttpRequestException("Connection refused"));
        var client = Client(stub, o => o.ReadRetries = 0);

        for (var i = 0; i < 8; i++) await Assert.ThrowsAsync<StoreUnavailableException>(() => client.ReadAsync(Statement));
        var sent = stub.Requests.Count;
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.ReadAsync(Statement));

        Assert.Contains("paused", e.Message);
        Assert.Equal(sent, stub.Requests.Count);
    }

    [Fact]
    public async Task Store_TransientAfterRetries_SurfacesAsStoreUnavailable()
    {
        var stub = new StubNeo4jHandler().ThenError(HttpStatusCode.InternalServerError, "Neo.TransientError.General.MemoryPoolOutOfMemoryError");
        var store = Services(stub, o => o.ReadRetries = 1).GetRequiredService<IGraphStore>();

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetEntityAsync("government/mexico"));

        Assert.IsType<Neo4jTransientException>(e.InnerException);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task Read_TypedJson_DecodesEveryValueKindTheStoreUses()
    {
        var stub = new StubNeo4jHandler().Then(HttpStatusCode.Accepted, """
            {"data":{"fields":["n","d","l","m"],"values":[[
              {"$type":"Node","_value":{"_element_id":"4:x:0","_labels":["Entity","Mineral"],"_properties":{"id":{"$type":"String","_value":"mineral/lithium"}}}},
              {"$type":"Date","_value":"2025-09-18"},
              {"$type":"List","_value":[{"$type":"Float","_value":"1.5"},{"$type":"Boolean","_value":true},{"$type":"Null","_value":null}]},
              {"$type":"Map","_value":{"k":{"$type":"Integer","_value":"42"}}}
            ]]}}
            """);

        var row = (await Client(stub).ReadAsync(Statement)).Single();

        var node = row.Get<Neo4jNode>("n");
        Assert.Equal(["Entity", "Mineral"], node.Labels);
        Assert.Equal("mineral/lithium", node.Properties["id"]);
        Assert.Equal(new DateOnly(2025, 9, 18), row["d"]);
        Assert.Equal([1.5, true, null], (List<object?>)row["l"]!);
        Assert.Equal(42L, ((Dictionary<string, object?>)row["m"]!)["k"]);
    }

    [Fact]
    public async Task Transaction_RunsInItsOwnEndpointAndCommits()
    {
        var stub = new StubNeo4jHandler()
            .Then(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"transaction":{"id":"ab12","expires":"2030-01-01T00:00:00Z"}}""")
            .Then(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"counters":{"nodesCreated":2},"transaction":{"id":"ab12"}}""")
            .Then(HttpStatusCode.Accepted, """{"bookmarks":["b"]}""");
        var client = Client(stub);

        await using (var tx = await client.BeginAsync())
        {
            var result = await tx.RunAsync(new CypherStatement("CREATE (:A), (:B)"));
            Assert.Equal(2, result.Counters!.NodesCreated);
            await tx.CommitAsync();
        }

        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/ab12", "/db/neo4j/query/v2/tx/ab12/commit"],
            stub.Requests.Select(r => r.Request.RequestUri!.AbsolutePath));
    }

    [Fact]
    public async Task Transaction_DisposedWithoutCommit_RollsBack()
    {
        var stub = new StubNeo4jHandler()
            .Then(HttpStatusCode.Accepted, """{"transaction":{"id":"ab12"}}""")
            .Then(HttpStatusCode.OK, """{}""");

        await using (await Client(stub).BeginAsync())
        {
        }

        Assert.Equal(HttpMethod.Delete, stub.Requests[^1].Request.Method);
        Assert.Equal("/db/neo4j/query/v2/tx/ab12", stub.Requests[^1].Request.RequestUri!.AbsolutePath);
    }
}
