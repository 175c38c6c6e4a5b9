using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Server.Tests.Neo4j;

/// <summary>
/// Many curators at once on the real Neo4j through a real server process: every one is answered within a bound
/// (applied, or 503 STORE_BUSY with Retry-After), every acknowledged change is in the graph exactly once, a refused
/// one not at all, and no transaction is left open, also when some clients hang up mid-request.
/// </summary>
[RequiresNeo4j]
[Collection(nameof(Neo4jCurationAlone))]
public sealed class ConcurrentCuratorsTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int Curators = 50;
    const int Quitters = 10;
    static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(60);

    Neo4jInstance instance = null!;

    public async Task InitializeAsync()
    {
        instance = await Neo4jServerFixture.LoadedAsync();
        await Neo4jServerFixture.LoadRealSeedAsync(instance);
    }

    public Task DisposeAsync() => Neo4jServerFixture.LoadRealSeedAsync(instance);

    Task<ServerProcess> StartAsync(string? writeQueueTimeout = null)
    {
        var settings = new Dictionary<string, string?>(Neo4jServerFixture.Settings(instance));
        foreach (var (key, value) in ICurationServerFixture.KeySettings()) settings[key] = value;
        if (writeQueueTimeout is not null) settings["Neo4j:WriteQueueTimeout"] = writeQueueTimeout;
        return ServerProcess.StartAsync(settings, TimeSpan.FromSeconds(120));
    }

    static HttpRequestMessage Create(string id) => GraphQLHttp.CuratorPost(
        "mutation($id: ID!) { createEntity(id: $id, fields: { name: \"Concurrent curator\" }) { change { sequence } entity { id } } }",
        new { id }, ICurationServerFixture.CuratorKey);

    [Fact]
    public async Task FiftyCuratorsAtOnce_EachAnsweredInTime_EveryAcknowledgedChangePresentOnce_NoTransactionLeftOpen()
    {
        await using var server = await StartAsync();
        await StormAsync(server, expectBusy: false);
    }

    [Fact]
    public async Task FiftyCuratorsAtOnce_WithAShortQueue_TheOnesThatCannotWaitGet503StoreBusy_AndNothingOfTheirs()
    {
        // A 2 s wait: a change takes a few hundred milliseconds, so most curators find the line too long and are told so.
        await using var server = await StartAsync("00:00:02");
        await StormAsync(server, expectBusy: true);
    }

    async Task StormAsync(ServerProcess server, bool expectBusy)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 200 }) { BaseAddress = server.BaseAddress, Timeout = AnswerBound + TimeSpan.FromSeconds(30) };
        // One change first, alone: Neo4j plans each statement the first time it sees it (seconds on a fresh JVM).
        var warm = Stopwatch.StartNew();
        (await GraphQLHttp.SendAsync(http, Create($"company/concurrent-warm-up-{Guid.NewGuid():N}"))).AssertOk();
        output.WriteLine($"first change, alone: {warm.Elapsed.TotalSeconds:0.00} s");
        var entitiesBefore = await EntitiesAsync(http);
        var run = Guid.NewGuid().ToString("N")[..6];
        var answers = new ConcurrentBag<(string Id, HttpStatusCode Status, string? Code, TimeSpan Took, string? RetryAfter)>();
        var quitters = new ConcurrentBag<string>();

        var curators = Enumerable.Range(0, Curators).Select(i => Task.Run(async () =>
        {
            var id = $"company/concurrent-{run}-{i}";
            var watch = Stopwatch.StartNew();
            var response = await GraphQLHttp.SendAsync(http, Create(id));
            answers.Add((id, response.Status, response.ErrorCodes.FirstOrDefault(), watch.Elapsed,
                response.Message.Headers.TryGetValues("Retry-After", out var retry) ? retry.Single() : null));
        }));
        // Clients that hang up while their change waits or runs: the server must end its transaction either way.
        var hangUps = Enumerable.Range(0, Quitters).Select(i => Task.Run(async () =>
        {
            var id = $"company/concurrent-{run}-quitter-{i}";
            quitters.Add(id);
            using var gone = new CancellationTokenSource(TimeSpan.FromMilliseconds(20 + 30 * i));
            try
            {
                using var response = await http.SendAsync(Create(id), gone.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }));
        await Task.WhenAll(curators.Concat(hangUps));

        var slowest = answers.Max(a => a.Took);
        var acknowledged = answers.Where(a => a.Status == HttpStatusCode.OK).Select(a => a.Id).ToList();
        output.WriteLine($"{Curators} curators (+{Quitters} that hung up): {acknowledged.Count} applied, " +
                         $"{answers.Count(a => a.Code == "STORE_BUSY")} busy; slowest answer {slowest.TotalSeconds:0.00} s, median " +
                         $"{answers.Select(a => a.Took).Order().ElementAt(Curators / 2).TotalSeconds:0.00} s");

        Assert.All(answers, a => Assert.True(a.Took < AnswerBound, $"{a.Id} answered after {a.Took}"));
        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK || (a.Status == HttpStatusCode.ServiceUnavailable && a.Code == "STORE_BUSY" && a.RetryAfter is not null),
            $"{a.Id}: {(int)a.Status} {a.Code}"));
        Assert.NotEmpty(acknowledged);
        if (expectBusy) Assert.Contains(answers, a => a.Code == "STORE_BUSY");

        // Every acknowledged change is there once; a refused one is not; a hung-up one is there once or not at all.
        var present = 0;
        foreach (var (id, status, _, _, _) in answers.Select(a => (a.Id, a.Status, a.Code, a.Took, a.RetryAfter)).Concat(quitters.Select(q => (q, (HttpStatusCode)0, (string?)null, TimeSpan.Zero, (string?)null))))
        {
            var history = await http.PostGraphQLAsync("query($id: ID!) { history(id: $id) { totalCount } node(id: $id) { id } }", new { id });
            var changes = history.Data.At("history.totalCount").GetInt32();
            if (status == HttpStatusCode.OK) Assert.True(changes == 1, $"{id}: acknowledged, {changes} changes recorded");
            else if (status == HttpStatusCode.ServiceUnavailable) Assert.True(changes == 0, $"{id}: refused as busy, yet {changes} changes recorded");
            else Assert.InRange(changes, 0, 1);
            present += changes;
        }
        Assert.Equal(entitiesBefore + present, await EntitiesAsync(http));

        // No transaction of the server's is left open in Neo4j (the only one running is the one asking).
        await using var services = Neo4jFixture.CreateServices(instance, Neo4jFixture.Patient);
        var open = await OpenTransactions.LeftOpenAsync(services.GetRequiredService<Neo4jQueryApiClient>());
        Assert.True(open.Count == 0, "transactions left open: " + string.Join("; ", open));
    }

    static async Task<int> EntitiesAsync(HttpClient http) =>
        (await http.PostGraphQLAsync("{ stats { entities } }")).AssertOk().Data.At("stats.entities").GetInt32();
}
