using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Store.Neo4j;
using MineralGraph.Store.Neo4j.Reading;
using MineralGraph.Store.Neo4j.Versioning;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Server.Tests.Neo4j;

/// <summary>
/// The graph-version read cache through the real server on the real Neo4j: a repeated read is answered without a
/// round trip; a curator reads their own write at once; a write through ANOTHER server process is seen within one
/// poll interval; with <c>ReadCache:Enabled=false</c> nothing is cached. Curated changes write to the shared
/// database, so these run with the curation tests, alone, and the seed is loaded again after them.
/// </summary>
[RequiresNeo4j]
[Collection(nameof(Neo4jCurationAlone))]
public sealed class ReadCacheTests(ITestOutputHelper output) : IAsyncLifetime
{
    const string NodeQuery = "query($id: ID!) { node(id: $id) { id name } }";

    Neo4jInstance instance = null!;

    public async Task InitializeAsync() => instance = await Neo4jServerFixture.LoadedAsync();

    public Task DisposeAsync() => Neo4jServerFixture.LoadRealSeedAsync(instance);

    Dictionary<string, string?> Settings(bool curator, params (string Key, string Value)[] more)
    {
        var settings = Neo4jServerFixture.Settings(instance);
        if (curator) foreach (var (key, value) in ICurationServerFixture.KeySettings()) settings[key] = value;
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    static HttpRequestMessage Create(string id, string name) => GraphQLHttp.CuratorPost(
        "mutation($id: ID!, $name: String!) { createEntity(id: $id, fields: { name: $name }) { change { sequence } } }",
        new { id, name }, ICurationServerFixture.CuratorKey);

    /// <summary>The entity's name as the server answers now (null: NOT_FOUND), and the round trips it cost.</summary>
    static async Task<(string? Name, int RoundTrips)> NameAsync(HttpClient http, string id)
    {
        var response = await http.PostGraphQLAsync(NodeQuery, new { id });
        var roundTrips = int.Parse(response.Message.Headers.GetValues("MineralGraph-Store-Round-Trips").Single());
        if (response.ErrorCodes.SequenceEqual(["NOT_FOUND"])) return (null, roundTrips);
        return (response.AssertOk().Data.GetProperty("node").GetProperty("name").GetString(), roundTrips);
    }

    /// <summary>
    /// Asks until the answer comes from the cache (no round trip): nothing is cached until the server's first poll of
    /// the graph version has answered.
    /// </summary>
    static async Task<string?> CachedNameAsync(HttpClient http, string id)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var (name, roundTrips) = await NameAsync(http, id);
            if (roundTrips == 0) return name;
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{id} was never answered from the cache");
            await Task.Delay(100);
        }
    }

    static string NewId() => $"company/read-cache-{Guid.NewGuid():N}";

    [Fact]
    public async Task RepeatedRead_IsAnsweredFromTheCache_WithoutARoundTrip()
    {
        using var factory = new MineralGraphFactory(Settings(curator: false));
        using var http = factory.CreateClient();

        await WaitForTheVersionAsync(factory);

        var first = await NameAsync(http, "government/mexico");
        var again = await NameAsync(http, "government/mexico");

        Assert.Equal(first.Name, again.Name);
        Assert.Equal(1, first.RoundTrips);
        Assert.Equal(0, again.RoundTrips);
        Assert.True(factory.Services.GetRequiredService<ReadCache>().Statistics.Hits >= 1);
    }

    [Fact]
    public async Task CacheOff_NothingIsCached()
    {
        using var factory = new MineralGraphFactory(Settings(curator: false, ("ReadCache:Enabled", "false")));
        using var http = factory.CreateClient();

        var roundTrips = new List<int>();
        await WaitForTheVersionAsync(factory);
        for (var i = 0; i < 3; i++) roundTrips.Add((await NameAsync(http, "government/mexico")).RoundTrips);

        Assert.Equal([1, 1, 1], roundTrips);
        Assert.Equal(new ReadCacheStatistics(0, 0, 0, 0), factory.Services.GetRequiredService<ReadCache>().Statistics);
    }

    [Fact]
    public async Task Curator_ReadsTheirOwnWriteAtOnce()
    {
        // A poll interval far longer than the test: only the server's own write can make it read the graph again.
        using var factory = new MineralGraphFactory(Settings(curator: true, ("ReadCache:VersionPollInterval", "00:10:00")));
        using var http = factory.CreateClient();
        var id = NewId();
        Assert.Null(await CachedNameAsync(http, id)); // "no such entity", from the cache

        (await GraphQLHttp.SendAsync(http, Create(id, "Own write"))).AssertOk();

        Assert.Equal("Own write", (await NameAsync(http, id)).Name);
    }

    [Fact]
    public async Task WriteThroughAnotherServer_IsSeenWithinOnePollInterval()
    {
        var interval = TimeSpan.FromSeconds(1);
        await using var writer = await ServerProcess.StartAsync(Settings(curator: true), TimeSpan.FromSeconds(120));
        await using var reader = await ServerProcess.StartAsync(Settings(curator: false, ("ReadCache:VersionPollInterval", "00:00:01")), TimeSpan.FromSeconds(120));
        using var toWriter = new HttpClient { BaseAddress = writer.BaseAddress };
        using var toReader = new HttpClient { BaseAddress = reader.BaseAddress };
        var id = NewId();
        Assert.Null(await CachedNameAsync(toReader, id)); // "no such entity", from the reader's cache

        (await GraphQLHttp.SendAsync(toWriter, Create(id, "Written elsewhere"))).AssertOk();
        var acknowledged = Stopwatch.StartNew();
        string? name = null;
        while (name is null && acknowledged.Elapsed < TimeSpan.FromSeconds(30))
        {
            name = (await NameAsync(toReader, id)).Name;
            if (name is null) await Task.Delay(20);
        }
        var seenAfter = acknowledged.Elapsed;
        output.WriteLine($"the other server answered with the write {seenAfter.TotalMilliseconds:0} ms after it was acknowledged");

        Assert.Equal("Written elsewhere", name);
        // One interval, plus the poll's own round trip and this request on a busy 2-core machine.
        Assert.True(seenAfter < interval + TimeSpan.FromMilliseconds(500), $"seen only after {seenAfter.TotalMilliseconds:0} ms");
    }

    /// <summary>The version is read by the first poll, which starts with the first use: asked for here, waited for.</summary>
    static async Task WaitForTheVersionAsync(MineralGraphFactory factory)
    {
        var version = factory.Services.GetRequiredService<GraphVersion>();
        var watch = Stopwatch.StartNew();
        while (version.Current is null && watch.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(50);
        Assert.NotNull(version.Current);
    }

    [Fact]
    public void EveryRead_CarriesANeo4jTimeoutNoLongerThanTheServersExecutionLimit()
    {
        using var factory = new MineralGraphFactory(Settings(curator: false, ("Limits:ExecutionTimeout", "00:00:03")));

        var options = factory.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(3), options.CallerTimeout);
        Assert.Equal(3, options.ReadTransactionTimeout);
    }
}
