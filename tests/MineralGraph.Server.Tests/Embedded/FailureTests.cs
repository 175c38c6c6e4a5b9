using System.Net;
using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>Store outages and internal failures: the right status, a code, a request id, and nothing internal leaked.</summary>
[Collection(nameof(RecordingStoreCollection))]
public sealed class FailureTests(RecordingServerFixture server)
{
    readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task StoreUnavailable_Is503WithStoreUnavailableCode()
    {
        var response = await client.PostGraphQLAsync($$"""{ node(id: "{{RecordingStore.UnavailablePrefix}}") { id } }""");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal("STORE_UNAVAILABLE", error.Str("extensions.code"));
        Assert.DoesNotContain("neo4j", response.Body.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task InternalError_MaskedWithRequestIdAndNoDetails()
    {
        var response = await client.PostGraphQLAsync($$"""{ neighbourhood(id: "{{RecordingStore.CrashPrefix}}") { truncated } }""");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal("INTERNAL_SERVER_ERROR", error.Str("extensions.code"));
        var requestId = error.Str("extensions.requestId");
        Assert.Equal(response.Message.Headers.GetValues("X-Request-Id").Single(), requestId);
        var body = response.Body.GetRawText();
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain(" at ", body);
    }

    [Fact]
    public async Task Readyz_StoreThrows_Is503()
    {
        server.Store.StoreDown = true;
        try
        {
            var response = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            server.Store.StoreDown = false;
        }
    }
}
