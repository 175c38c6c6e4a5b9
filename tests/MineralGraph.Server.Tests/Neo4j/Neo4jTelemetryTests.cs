using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Server.Tests.Embedded;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Testing.Xunit;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace MineralGraph.Server.Tests.Neo4j;

/// <summary>
/// The server on Neo4j traces each Query API call under the store call that made it, though the server names no
/// Neo4j type: the store registers its span source (a StoreActivitySource) and the server listens to every one.
/// </summary>
[RequiresNeo4j]
public sealed class Neo4jTelemetryTests : IAsyncLifetime
{
    MineralGraphFactory inner = null!;
    WebApplicationFactory<Program> factory = null!;
    readonly SharedList<Activity> spans = new();

    public async Task InitializeAsync()
    {
        inner = new MineralGraphFactory(Neo4jServerFixture.Settings(await Neo4jServerFixture.LoadedAsync()));
        factory = inner.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddInMemoryExporter(spans))));
    }

    [Fact]
    public async Task Query_OnNeo4j_HasAQueryApiSpanUnderItsStoreSpan()
    {
        var response = await factory.CreateClient().PostGraphQLAsync("""query TelemetryOnNeo4j { node(id: "government/canada") { id } }""");
        response.AssertOk();

        var operation = await SpanAsync(s => s.DisplayName == "query TelemetryOnNeo4j");
        var store = await SpanAsync(s => s.DisplayName == "store GetEntity" && s.ParentSpanId == operation.SpanId);
        var call = await SpanAsync(s => s.ParentSpanId == store.SpanId);
        Assert.Equal("MineralGraph.Neo4j", call.Source.Name);
        Assert.Equal("neo4j query", call.DisplayName);
        Assert.Equal("neo4j", call.GetTagItem("db.system.name"));
    }

    /// <summary>Spans end after the answer is flushed, and other tests' spans arrive too: wait for the one asked for.</summary>
    async Task<Activity> SpanAsync(Func<Activity, bool> match)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (spans.Snapshot().FirstOrDefault(match) is { } found) return found;
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException("no such span was exported; spans: " +
            string.Join(", ", spans.Snapshot().Select(s => $"{s.Source.Name}:{s.DisplayName}").Distinct().Take(40)));
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await inner.DisposeAsync();
    }
}
