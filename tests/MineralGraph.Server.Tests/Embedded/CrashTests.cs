using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MineralGraph.Domain.Seed;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Testing;
using Xunit.Abstractions;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>
/// Nothing acknowledged is lost: a server process on the embedded store takes a stream of mutations from several
/// clients, is killed with SIGKILL in the middle of it, and after a restart over the same journal every mutation
/// that got a success response is there.
/// </summary>
[Collection(nameof(CrashTestsAlone))]
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("mg-crash-").FullName;

    Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>(ICurationServerFixture.KeySettings())
        {
            ["Store:Kind"] = "embedded",
            ["Seed:Directory"] = RepositoryPaths.GraphSeed,
            ["Curation:JournalPath"] = Path.Combine(folder, "curation.db"),
            // The stream comes from one address as fast as it can; rate limiting is not what is tested here.
            ["RateLimiting:Enabled"] = "false",
        };
        return settings;
    }

    [Fact]
    public async Task SigkillMidStream_EveryAcknowledgedMutationSurvivesRestart()
    {
        var acknowledged = new ConcurrentBag<string>();
        var failed = 0;
        var sent = 0;
        int entitiesBefore;
        await using (var server = await ServerProcess.StartAsync(Settings(), TimeSpan.FromSeconds(90)))
        {
            using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            entitiesBefore = await EntityCountAsync(http);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var id = $"company/crash-w{w}-{i}";
                    Interlocked.Increment(ref sent);
                    try
                    {
                        if (await CreateAsync(http, id)) acknowledged.Add(id);
                        else Interlocked.Increment(ref failed);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        // The process died under this request: no answer, so no promise was made.
                        Interlocked.Increment(ref failed);
                        return;
                    }
                }
            })).ToList();

            // Kill once a good number of changes are acknowledged, while requests are still in flight.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (acknowledged.Count < 200 && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(20);
            server.KillHard();
            stop.Cancel();
            await Task.WhenAll(writers);
        }
        var acked = acknowledged.ToList();
        output.WriteLine($"sent {sent}, acknowledged {acked.Count}, unanswered or failed {failed} before SIGKILL");
        Assert.True(acked.Count >= 50, $"only {acked.Count} mutations were acknowledged before the kill");

        await using var restarted = await ServerProcess.StartAsync(Settings(), TimeSpan.FromSeconds(90));
        using var client = new HttpClient { BaseAddress = restarted.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var missing = new List<string>();
        foreach (var batch in acked.Chunk(100))
        {
            var response = (await client.PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = batch }));
            var found = response.Data.Items("nodes").Where(n => n.ValueKind != JsonValueKind.Null).Select(n => n.Str("id")).ToHashSet();
            missing.AddRange(batch.Where(id => !found.Contains(id)));
        }
        var applied = await EntityCountAsync(client) - entitiesBefore;
        output.WriteLine($"after restart: {acked.Count - missing.Count} of {acked.Count} acknowledged present; {applied} entities created in all");
        Assert.Empty(missing);
        // Every applied change is a whole one: a change the server finished but could not answer may be there too, never half.
        Assert.InRange(applied, acked.Count, sent);
    }

    static async Task<int> EntityCountAsync(HttpClient http) =>
        (await http.PostGraphQLAsync("{ stats { entities } }")).AssertOk().Data.At("stats.entities").GetInt32();

    static async Task<bool> CreateAsync(HttpClient http, string id)
    {
        const string mutation = "mutation($id: ID!) { createEntity(id: $id, fields: { name: \"Crash Test Mining\", country: \"government/canada\" }) { change { sequence } } }";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = mutation, variables = new { id } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ICurationServerFixture.CuratorKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && body.Contains("\"sequence\"") && !body.Contains("\"errors\"");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

[CollectionDefinition(nameof(CrashTestsAlone), DisableParallelization = true)]
public sealed class CrashTestsAlone;
