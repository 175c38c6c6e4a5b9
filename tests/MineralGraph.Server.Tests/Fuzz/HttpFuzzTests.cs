using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CsCheck;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MineralGraph.Server.Tests.Fuzz;

/// <summary>
/// The server the fuzz test hits: the embedded store on the real seed, taking curators' changes into a journal of its
/// own, with a 2 s execution timeout so a hang shows quickly.
/// </summary>
public sealed class FuzzServerFixture : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    readonly string folder = Directory.CreateTempSubdirectory("mg-fuzz-journal-").FullName;
    readonly MineralGraphFactory factory;

    public FuzzServerFixture()
    {
        var settings = MineralGraphFactory.EmbeddedSettings();
        settings["Limits:ExecutionTimeout"] = Timeout.ToString();
        foreach (var (key, value) in ICurationServerFixture.KeySettings()) settings[key] = value;
        settings["Curation:JournalPath"] = Path.Combine(folder, "curation.db");
        factory = new MineralGraphFactory(settings);
    }

    public HttpClient CreateClient() => factory.CreateClient();

    public ISchema Schema => factory.Services.GetRequiredService<ISchema>();

    public void Dispose()
    {
        factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>
/// 10,000 generated requests against the real HTTP pipeline: valid documents from the schema, almost valid ones,
/// deep nesting, alias bombs, fragment bombs, huge strings, bad variables, broken bodies, GET, and curators' changes
/// (8 writers at a time). None may get a 5xx, take longer than
/// the execution timeout plus a margin, answer with anything but a GraphQL JSON body, or leak a stack trace; and
/// the server must still answer a normal query afterwards, with every change it acknowledged recorded once. Seeded: MINERALGRAPH_FUZZ_SEED replays a run,
/// MINERALGRAPH_FUZZ_CASE one request of it, MINERALGRAPH_FUZZ_COUNT changes the number of requests.
/// </summary>
public sealed class HttpFuzzTests(FuzzServerFixture server, ITestOutputHelper output) : IClassFixture<FuzzServerFixture>
{
    const ulong DefaultSeed = 20261125;
    // Requests run 8 at a time on a 2-core machine: the margin covers queueing behind the slowest neighbours.
    static readonly TimeSpan Margin = TimeSpan.FromSeconds(8);

    static ulong Setting(string name, ulong fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? ulong.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    [Fact]
    public async Task Fuzz_10000GeneratedRequests_NoServerErrorNoHangAndStillAnswering()
    {
        var seed = Setting("MINERALGRAPH_FUZZ_SEED", DefaultSeed);
        var count = (int)Setting("MINERALGRAPH_FUZZ_COUNT", 10_000);
        var only = Environment.GetEnvironmentVariable("MINERALGRAPH_FUZZ_CASE") is { Length: > 0 } one ? int.Parse(one, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var client = server.CreateClient();
        client.Timeout = FuzzServerFixture.Timeout + Margin + TimeSpan.FromSeconds(5);
        var cases = new FuzzCases(new SchemaDocuments(server.Schema, await RealIdsAsync(client)));

        var failures = new ConcurrentBag<string>();
        var created = new ConcurrentBag<string>();
        var categories = new ConcurrentDictionary<string, int>();
        var statuses = new ConcurrentDictionary<int, int>();
        var watch = Stopwatch.StartNew();
        IEnumerable<int> indexes = only is { } single ? [single] : Enumerable.Range(0, count);
        await Parallel.ForEachAsync(indexes, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, cancellationToken) =>
        {
            // One PCG stream per case: any case can be regenerated alone from the seed and its index.
            var request = cases.Next(new PCG((uint)index, seed));
            categories.AddOrUpdate(request.Category, 1, (_, n) => n + 1);
            var problem = await CheckAsync(client, request);
            if (problem.Status is { } status) statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (problem.Clean && request.Creates is { } id) created.Add(id);
            if (problem.Failure is { } failure)
                failures.Add($"seed {seed} case {index} (replay: MINERALGRAPH_FUZZ_SEED={seed} MINERALGRAPH_FUZZ_CASE={index}): {failure}\n    {request.Describe()}");
        });
        output.WriteLine($"seed {seed}: {indexes.Count():N0} requests in {watch.Elapsed.TotalSeconds:0.0} s; " +
                         $"categories {string.Join(", ", categories.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}; " +
                         $"statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}");

        // The server still answers a normal question after all that.
        (await client.PostGraphQLAsync("{ node(id: \"government/mexico\") { name } }")).AssertOk();
        // Every change a curator was told was made, among all those writers, is there exactly once.
        foreach (var id in created)
        {
            var history = (await client.PostGraphQLAsync("query($id: ID!) { history(id: $id) { totalCount } node(id: $id) { id } }", new { id })).AssertOk();
            if (history.Data.At("history.totalCount").GetInt32() != 1) failures.Add($"{id}: acknowledged, but recorded {history.Data.At("history.totalCount")} times");
        }
        output.WriteLine($"{created.Count} acknowledged new entities checked");
        if (!failures.IsEmpty)
        {
            foreach (var failure in failures.Take(30)) output.WriteLine(failure);
            Assert.Fail($"{failures.Count} of {indexes.Count()} requests failed (seed {seed}); first: {failures.First()}");
        }
        if (only is null)
        {
            Assert.True(statuses.GetValueOrDefault(200) > count / 10, "valid documents should mostly be answered with 200");
            Assert.True(statuses.GetValueOrDefault(400) > count / 10, "broken requests should mostly be refused with 400");
        }
    }

    /// <summary>What went wrong with one request, if anything; <c>Clean</c> when it was a 200 without errors.</summary>
    static async Task<(int? Status, string? Failure, bool Clean)> CheckAsync(HttpClient client, FuzzRequest request)
    {
        using var message = request.ToMessage();
        var watch = Stopwatch.StartNew();
        HttpResponseMessage response;
        string body;
        try
        {
            response = await client.SendAsync(message);
            body = await response.Content.ReadAsStringAsync();
        }
        catch (Exception e)
        {
            return (null, $"no answer after {watch.Elapsed.TotalSeconds:0.0} s: {e.GetType().Name}: {e.Message}", false);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (status >= 500) return (status, $"status {status}: {Truncate(body)}", false);
            if (watch.Elapsed > FuzzServerFixture.Timeout + Margin) return (status, $"answered after {watch.Elapsed.TotalSeconds:0.0} s", false);
            JsonElement root;
            try
            {
                root = JsonDocument.Parse(body).RootElement;
            }
            catch (JsonException)
            {
                return (status, $"status {status} with a body that is not JSON: {Truncate(body)}", false);
            }
            if (root.ValueKind != JsonValueKind.Object || !(root.TryGetProperty("errors", out _) || root.TryGetProperty("data", out _)))
                return (status, $"status {status} without errors or data: {Truncate(body)}", false);
            if (body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal))
                return (status, $"status {status} leaks an exception: {Truncate(body)}", false);
            return (status, null, status == 200 && !root.TryGetProperty("errors", out _));
        }
    }

    /// <summary>Entity and relation ids from the seed graph, so valid documents find things.</summary>
    static async Task<IReadOnlyList<string>> RealIdsAsync(HttpClient client)
    {
        var response = await client.PostGraphQLAsync("""
            { governments(first: 10) { nodes { id relations(first: 3) { edges { node { id } other { id } } } } } }
            """);
        response.AssertOk();
        var ids = new HashSet<string>();
        foreach (var government in response.Data.Items("governments.nodes"))
        {
            ids.Add(government.Str("id"));
            foreach (var edge in government.Items("relations.edges"))
            {
                ids.Add(edge.Str("node.id"));
                ids.Add(edge.Str("other.id"));
            }
        }
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
