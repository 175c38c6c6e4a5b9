using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>
/// The embedded store wrapped in a <see cref="RecordingStore"/> (ids under government/crash throw an internal
/// exception), with the server's log captured, to check that every error answer quotes a request id that the
/// log has too.
/// </summary>
public sealed class LoggedServerFixture : IDisposable
{
    readonly MineralGraphFactory inner = new(MineralGraphFactory.EmbeddedSettings(), store => new RecordingStore(store));
    readonly WebApplicationFactory<Program> factory;

    public LoggedServerFixture()
    {
        factory = inner.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddProvider(Log)));
        _ = factory.Server;
    }

    public CapturedLog Log { get; } = new();

    public HttpClient CreateClient() => factory.CreateClient();

    public void Dispose()
    {
        factory.Dispose();
        inner.Dispose();
    }
}

/// <summary>Keeps every log entry (category, level, message, exception) in memory.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Entries.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}

public sealed class RequestIdTests(LoggedServerFixture server) : IClassFixture<LoggedServerFixture>
{
    readonly HttpClient client = server.CreateClient();

    static string RequestIdOf(HttpResponseMessage response) => Assert.Single(response.Headers.GetValues("X-Request-Id"));

    void AssertLogged(string requestId, LogLevel atLeast)
    {
        Assert.Contains(server.Log.Entries, e => e.Level >= atLeast && e.Message.Contains(requestId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnhandledExceptionOutsideGraphQL_Masked500WithRequestIdInBodyHeaderAndLog()
    {
        // The export endpoint does not catch what the store throws here: the exception handler answers.
        var response = await client.GetAsync($"/export?format=cytoscape&id={RecordingStore.CrashPrefix}-1");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(" at ", text);
        var error = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.Str("extensions.code"));
        var requestId = RequestIdOf(response);
        Assert.Equal(requestId, error.Str("extensions.requestId"));
        Assert.Contains(server.Log.Entries, e =>
            e.Level == LogLevel.Error && e.Message.Contains(requestId, StringComparison.Ordinal) && e.Exception?.Message == RecordingStore.SecretMessage);
    }

    [Fact]
    public async Task ExportNotFound_ProblemCarriesTheRequestIdAndIsLogged()
    {
        var response = await client.GetAsync("/export?format=cytoscape&id=government/atlantis");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var requestId = RequestIdOf(response);
        Assert.Equal(requestId, problem.Str("requestId"));
        AssertLogged(requestId, LogLevel.Information);
    }

    [Fact]
    public async Task GraphQLClientError_LoggedUnderTheRequestId()
    {
        var response = await client.PostGraphQLAsync("{ node(id: ");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        AssertLogged(RequestIdOf(response.Message), LogLevel.Information);
    }

    [Fact]
    public async Task EveryResponse_CarriesARequestId()
    {
        foreach (var path in new[] { "/healthz", "/readyz", "/no-such-page" })
        {
            var response = await client.GetAsync(path);
            Assert.False(string.IsNullOrEmpty(RequestIdOf(response)), path);
        }
    }
}
