using System.Diagnostics;
using System.Net;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Server.Tests.Live;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Server.Tests.Neo4j;

/// <summary>
/// Two server processes on one real Neo4j, as two replicas behind a load balancer: a tie asserted through one reaches
/// a subscriber of the other within its version poll interval + 1 s, and a reconnect to the first with the last id
/// resumes exactly.
/// </summary>
[RequiresNeo4j]
[Collection(nameof(Neo4jCurationAlone))]
public sealed class LiveAcrossServersTests(ITestOutputHelper output) : IAsyncLifetime
{
    static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    Neo4jInstance instance = null!;

    public async Task InitializeAsync()
    {
        instance = await Neo4jServerFixture.LoadedAsync();
        await Neo4jServerFixture.LoadRealSeedAsync(instance);
    }

    public Task DisposeAsync() => Neo4jServerFixture.LoadRealSeedAsync(instance);

    Task<ServerProcess> StartAsync()
    {
        var settings = new Dictionary<string, string?>(Neo4jServerFixture.Settings(instance));
        foreach (var (key, value) in ICurationServerFixture.KeySettings()) settings[key] = value;
        settings["ReadCache:VersionPollInterval"] = PollInterval.ToString();
        return ServerProcess.StartAsync(settings, TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task AChangeThroughOneServer_ReachesTheSubscribersOfTheOther_WithinThePollIntervalPlusOneSecond()
    {
        await using var writer = await StartAsync();
        await using var reader = await StartAsync();
        using var api = new HttpClient { BaseAddress = writer.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var curator = new Curating(api);
        var suffix = Curating.Suffix();
        var source = await curator.NewSourceAsync(suffix);
        var company = await curator.NewCompanyAsync(suffix);

        await using var companyWatcher = new SseClient(reader.BaseAddress);
        await companyWatcher.OpenAsync("subscription($ids: [ID!]) { graphChanged(ids: $ids) { sequence operation targets } }", new { ids = new[] { company } });
        await using var lithiumWatcher = new SseClient(reader.BaseAddress);
        await lithiumWatcher.OpenAsync("subscription($ids: [ID!]) { graphChanged(ids: $ids) { sequence operation targets } }", new { ids = new[] { "mineral/lithium" } });
        Assert.Equal(HttpStatusCode.OK, companyWatcher.Status);
        Assert.Equal(HttpStatusCode.OK, lithiumWatcher.Status);
        // The statements are planned on first use (seconds on a fresh JVM): one change first, to time the steady state.
        var warmUp = await curator.DescribeAsync(company, "Warming up.");
        Assert.Equal(warmUp, (await companyWatcher.ReadEventAsync(TimeSpan.FromSeconds(30)))!.Json.At("data.graphChanged.sequence").GetInt64());

        var clock = Stopwatch.StartNew();
        var sequence = await curator.AssertProducesAsync(company, source);
        var answered = clock.Elapsed;
        foreach (var (name, watcher) in new[] { ("company", companyWatcher), ("lithium", lithiumWatcher) })
        {
            var e = await watcher.ReadEventAsync(TimeSpan.FromSeconds(30));
            var latency = clock.Elapsed - answered;
            output.WriteLine($"{name} subscriber on the other server: change {sequence} arrived {latency.TotalMilliseconds:0} ms after the writer's answer " +
                             $"({clock.Elapsed.TotalMilliseconds:0} ms after sending; poll interval {PollInterval.TotalMilliseconds:0} ms)");
            Assert.Equal(sequence, e!.Json.At("data.graphChanged.sequence").GetInt64());
            Assert.Equal("assertRelation", e.Json.Str("data.graphChanged.operation"));
            Assert.True(latency < PollInterval + TimeSpan.FromSeconds(1), $"{name}: {latency}");
        }

        // A client that moves to the first server with the last id it read misses nothing and gets nothing twice.
        var later = await curator.DescribeAsync(company, "After the move.");
        await using var moved = new SseClient(writer.BaseAddress);
        await moved.OpenAsync("subscription($ids: [ID!]) { graphChanged(ids: $ids) { sequence } }", new { ids = new[] { company } },
            lastEventId: warmUp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(sequence, (await moved.ReadEventAsync(TimeSpan.FromSeconds(30)))!.Json.At("data.graphChanged.sequence").GetInt64());
        Assert.Equal(later, (await moved.ReadEventAsync(TimeSpan.FromSeconds(30)))!.Json.At("data.graphChanged.sequence").GetInt64());
        await Assert.ThrowsAsync<TimeoutException>(() => moved.ReadEventAsync(TimeSpan.FromSeconds(2)));
    }
}
