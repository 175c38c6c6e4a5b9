using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Server.Tests.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>
/// The embedded server with OpenTelemetry's in-memory exporters added by the test, as a host adds its own
/// exporter: the server's sources and meters must reach them. The sources are process-wide and other tests run
/// in parallel, so every assertion looks for this test's own operation name or request id.
/// </summary>
public sealed class InMemoryTelemetryFixture : IDisposable
{
    readonly MineralGraphFactory inner = new(MineralGraphFactory.EmbeddedSettings());
    readonly WebApplicationFactory<Program> factory;

    public InMemoryTelemetryFixture()
    {
        factory = inner.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddInMemoryExporter(Spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics))));
        _ = factory.Server;
    }

    public SharedList<Activity> Spans { get; } = new();
    public SharedList<MetricSnapshot> Metrics { get; } = new();

    public HttpClient CreateClient() => factory.CreateClient();

    public IServiceProvider Services => factory.Services;

    public void Dispose()
    {
        factory.Dispose();
        inner.Dispose();
    }
}

/// <summary>The exporters add from the SDK's threads while tests read: every access takes the lock.</summary>
public sealed class SharedList<T> : ICollection<T>
{
    readonly List<T> items = [];

    public List<T> Snapshot()
    {
        lock (items) return [.. items];
    }

    public void Add(T item)
    {
        lock (items) items.Add(item);
    }

    public void Clear()
    {
        lock (items) items.Clear();
    }

    public bool Contains(T item)
    {
        lock (items) return items.Contains(item);
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        lock (items) items.CopyTo(array, arrayIndex);
    }

    public bool Remove(T item)
    {
        lock (items) return items.Remove(item);
    }

    public int Count
    {
        get { lock (items) return items.Count; }
    }

    public bool IsReadOnly => false;

    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

public sealed class TelemetryTests(InMemoryTelemetryFixture telemetry) : IClassFixture<InMemoryTelemetryFixture>
{
    readonly HttpClient client = telemetry.CreateClient();

    /// <summary>The span ends after the answer is flushed, so it may land a moment after the client has it.</summary>
    async Task<Activity> SpanAsync(Func<Activity, bool> match)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (telemetry.Spans.Snapshot().FirstOrDefault(match) is { } found) return found;
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException("no such span was exported; spans: " +
            string.Join(", ", telemetry.Spans.Snapshot().Select(s => $"{s.Source.Name}:{s.DisplayName}").Distinct().Take(40)));
    }

    List<MetricPoint> Points(string metricName)
    {
        Assert.True(telemetry.Services.GetRequiredService<MeterProvider>().ForceFlush(5000));
        // Each flush exports every metric again (cumulative): the last export of a metric is the current one.
        return telemetry.Metrics.Snapshot().Where(m => m.Name == metricName).TakeLast(1).SelectMany(m => m.MetricPoints).ToList();
    }

    static Dictionary<string, object?> TagsOf(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags) tags[tag.Key] = tag.Value;
        return tags;
    }

    [Fact]
    public async Task Query_IsASpanNamedByOperationWithAStoreChildAndADurationPoint()
    {
        var response = await client.PostGraphQLAsync("""query TelemetryNodeById { node(id: "government/canada") { id name } }""");
        response.AssertOk();
        var requestId = response.Message.Headers.GetValues("X-Request-Id").Single();

        var operation = await SpanAsync(s => s.DisplayName == "query TelemetryNodeById");
        Assert.Equal("MineralGraph", operation.Source.Name);
        Assert.Equal("TelemetryNodeById", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(requestId, operation.GetTagItem("mineralgraph.request.id"));
        Assert.Equal("ok", operation.GetTagItem("mineralgraph.outcome"));
        // Below the ASP.NET Core request span, in the same trace.
        var server = await SpanAsync(s => s.SpanId == operation.ParentSpanId);
        Assert.Equal("Microsoft.AspNetCore", server.Source.Name);

        var store = await SpanAsync(s => s.ParentSpanId == operation.SpanId);
        Assert.Equal("store GetEntity", store.DisplayName);
        Assert.Equal("GetEntity", store.GetTagItem("mineralgraph.store.operation"));
        Assert.Equal(operation.TraceId, store.TraceId);
        Assert.True(store.Duration <= operation.Duration);

        var durations = Points("mineralgraph.graphql.request.duration").Where(p => Equals(TagsOf(p).GetValueOrDefault("graphql.operation.name"), "TelemetryNodeById")).ToList();
        var point = Assert.Single(durations);
        var tags = TagsOf(point);
        Assert.Equal("query", tags["graphql.operation.type"]);
        Assert.Equal("ok", tags["mineralgraph.outcome"]);
        Assert.True(point.GetHistogramCount() >= 1);
        Assert.True(point.GetHistogramSum() > 0);

        Assert.Contains(Points("mineralgraph.store.duration"), p =>
            Equals(TagsOf(p).GetValueOrDefault("mineralgraph.store.operation"), "GetEntity") && p.GetHistogramCount() >= 1);
    }

    [Fact]
    public async Task RootFieldWithNestedRelations_IsOneStoreSpanUnderTheOperation()
    {
        var response = await client.PostGraphQLAsync("""
            query TelemetryBatch { governments(first: 5) { nodes { id relations(first: 2) { edges { node { id } } } } } }
            """);
        response.AssertOk();

        // The list and the relations below it are one store call (the list read with what its selection needs).
        var operation = await SpanAsync(s => s.DisplayName == "query TelemetryBatch");
        var read = await SpanAsync(s => s.ParentSpanId == operation.SpanId && s.DisplayName == "store EntityListRead");
        Assert.Equal("EntityListRead", read.GetTagItem("mineralgraph.store.operation"));
        Assert.DoesNotContain(telemetry.Spans.Snapshot(), s => s.ParentSpanId == operation.SpanId && s.DisplayName != "store EntityListRead");
    }

    [Fact]
    public async Task ErrorAnswer_CountedByCodeAndMarkedOnTheSpan()
    {
        var response = await client.PostGraphQLAsync("""query TelemetryMissing { node(id: "government/atlantis") { id } }""");
        Assert.Equal("NOT_FOUND", Assert.Single(response.ErrorCodes));

        var operation = await SpanAsync(s => s.DisplayName == "query TelemetryMissing");
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.Equal("NOT_FOUND", operation.StatusDescription);
        Assert.Equal("error", operation.GetTagItem("mineralgraph.outcome"));
        Assert.Contains(Points("mineralgraph.graphql.errors"), p =>
            Equals(TagsOf(p).GetValueOrDefault("error.code"), "NOT_FOUND") && p.GetSumLong() >= 1);
        Assert.Contains(Points("mineralgraph.graphql.request.duration"), p =>
            Equals(TagsOf(p).GetValueOrDefault("graphql.operation.name"), "TelemetryMissing") && Equals(TagsOf(p)["mineralgraph.outcome"], "error"));
    }

    [Fact]
    public async Task SyntaxError_CountedByItsCode()
    {
        var response = await client.PostGraphQLAsync("{ node(id: ");
        var code = Assert.Single(response.ErrorCodes);
        Assert.NotNull(code);
        Assert.Contains(Points("mineralgraph.graphql.errors"), p => Equals(TagsOf(p).GetValueOrDefault("error.code"), code));
    }

    [Fact]
    public async Task HealthChecks_AreNotTraced()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A request that is traced, sent after: once its span is in, a /healthz span would be too.
        (await client.PostGraphQLAsync("query TelemetryAfterHealth { stats { entities } }")).AssertOk();
        await SpanAsync(s => s.DisplayName == "query TelemetryAfterHealth");
        await Task.Delay(200);
        Assert.DoesNotContain(telemetry.Spans.Snapshot(), s => s.Source.Name == "Microsoft.AspNetCore" && Equals(s.GetTagItem("url.path"), "/healthz"));
    }
}

/// <summary>The OTLP exporter: off unless an endpoint is configured; when it is, spans reach a collector.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public void NoEndpoint_NoProviderIsBuilt()
    {
        using var factory = new MineralGraphFactory(MineralGraphFactory.EmbeddedSettings());
        _ = factory.Server;
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void BadEndpoint_StopsStartUpNamingTheSetting()
    {
        var settings = MineralGraphFactory.EmbeddedSettings();
        settings["OpenTelemetry:Otlp:Endpoint"] = "collector:4317";
        using var factory = new MineralGraphFactory(settings);
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        Assert.Contains("OpenTelemetry:Otlp:Endpoint", error.ToString());
    }

    [Fact]
    public async Task Endpoint_Configured_SpansReachTheCollector()
    {
        await using var collector = await FakeCollector.StartAsync();
        var settings = MineralGraphFactory.EmbeddedSettings();
        settings["OpenTelemetry:Otlp:Endpoint"] = collector.Address;
        settings["OpenTelemetry:Otlp:Protocol"] = "http/protobuf";
        using var factory = new MineralGraphFactory(settings);
        var client = factory.CreateClient();

        (await client.PostGraphQLAsync("""query OtlpProbe { node(id: "government/mexico") { id } }""")).AssertOk();
        var tracer = factory.Services.GetRequiredService<TracerProvider>();
        Assert.NotNull(factory.Services.GetService<MeterProvider>());

        // The operation span ends just after the answer: flush until the collector has it.
        var watch = Stopwatch.StartNew();
        while (!collector.Received("/v1/traces", "query OtlpProbe") && watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            tracer.ForceFlush(5000);
            await Task.Delay(100);
        }
        Assert.True(collector.Received("/v1/traces", "query OtlpProbe"), "the collector got: " + collector.Summary());
        Assert.True(collector.Received("/v1/traces", "mineralgraph"), "the service name is missing");
        Assert.True(collector.Received("/v1/traces", "store GetEntity"), "the store span is missing");
    }

    /// <summary>An OTLP/HTTP receiver on a free loopback port that keeps what it is sent.</summary>
    sealed class FakeCollector : IAsyncDisposable
    {
        readonly WebApplication app;
        readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> requests = new();

        FakeCollector(WebApplication app) => this.app = app;

        public string Address => app.Urls.First();

        public static async Task<FakeCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var collector = new FakeCollector(app);
            app.Run(async context =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                collector.requests.Enqueue((context.Request.Path, context.Request.ContentType ?? "", body.ToArray()));
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = "application/x-protobuf";
            });
            await app.StartAsync();
            return collector;
        }

        /// <summary>True when a protobuf POST to <paramref name="path"/> held <paramref name="text"/> (strings are UTF-8 in protobuf).</summary>
        public bool Received(string path, string text)
        {
            var needle = Encoding.UTF8.GetBytes(text);
            return requests.Any(r => r.Path == path && r.ContentType.StartsWith("application/x-protobuf", StringComparison.Ordinal) &&
                                     r.Body.AsSpan().IndexOf(needle) >= 0);
        }

        public string Summary() => string.Join(", ", requests.Select(r => $"{r.Path} ({r.Body.Length} bytes)"));

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
