using System.Net;
using System.Text;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>
/// A fake Query API: answers each request with the next scripted response (the last one repeats) and records
/// what was sent, so failure paths run deterministically without a server.
/// </summary>
public sealed class StubNeo4jHandler : HttpMessageHandler
{
    readonly Queue<Func<HttpRequestMessage, Task<HttpResponseMessage>>> script = new();
    Func<HttpRequestMessage, Task<HttpResponseMessage>>? last;

    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    /// <summary>Raised as each request arrives (some are sent off the caller's path, e.g. a read's rollback).</summary>
    public event Action<HttpRequestMessage>? Sent;

    public StubNeo4jHandler Then(HttpStatusCode status, string body)
    {
        script.Enqueue(_ => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/vnd.neo4j.query") }));
        return this;
    }

    public StubNeo4jHandler ThenError(HttpStatusCode status, string code, string message = "stubbed") =>
        Then(status, $$"""{"errors":[{"code":"{{code}}","message":"{{message}}"}]}""");

    public StubNeo4jHandler ThenThrow(Exception exception)
    {
        script.Enqueue(_ => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>Never answers until the request is cancelled.</summary>
    public StubNeo4jHandler ThenHang()
    {
        script.Enqueue(async request =>
        {
            await Task.Delay(Timeout.Infinite, request.Options.TryGetValue(new HttpRequestOptionsKey<CancellationToken>("ct"), out var ct) ? ct : default);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    public const string OneRow = """{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]}}""";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests) Requests.Add((request, body));
        Sent?.Invoke(request);
        if (script.Count > 0) last = script.Dequeue();
        var respond = last ?? throw new InvalidOperationException("the stub has no scripted response");
        request.Options.Set(new HttpRequestOptionsKey<CancellationToken>("ct"), cancellationToken);
        return await respond(request);
    }
}
