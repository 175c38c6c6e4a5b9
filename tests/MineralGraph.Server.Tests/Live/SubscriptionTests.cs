using System.Diagnostics;
using System.Net;
using MineralGraph.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MineralGraph.Server.Tests.Live;

/// <summary>
/// graphChanged over server-sent events against a real server process (Kestrel on loopback) on the embedded store,
/// read by a real SSE client: delivery, resuming, heartbeats, limits, slow readers, bad input and the protocol's rules.
/// The tests of this class run one after another on one server, so each closes its streams.
/// </summary>
public sealed class SubscriptionTests(LiveServerFixture fixture, ITestOutputHelper output) : IClassFixture<LiveServerFixture>, IDisposable
{
    const string Watch = "subscription($ids: [ID!], $since: Int) { graphChanged(ids: $ids, since: $since) { sequence operation targets actor } }";
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    readonly HttpClient api = new() { BaseAddress = fixture.Server.BaseAddress };
    Curating Curator => new(api);

    SseClient Sse(int? receiveBufferBytes = null) => new(fixture.Server.BaseAddress, receiveBufferBytes);

    async Task<SseClient> WatchAsync(object variables, string? lastEventId = null)
    {
        var sse = Sse();
        await sse.OpenAsync(Watch, variables, lastEventId);
        // The previous test's streams count until the server notices their clients left.
        for (var tries = 0; sse.Status == HttpStatusCode.TooManyRequests && tries < 50; tries++)
        {
            await sse.DisposeAsync();
            await Task.Delay(100);
            sse = Sse();
            await sse.OpenAsync(Watch, variables, lastEventId);
        }
        Assert.Equal(HttpStatusCode.OK, sse.Status);
        Assert.Equal("text/event-stream", sse.MediaType);
        return sse;
    }

    static long SequenceOf(SseEvent e) => e.Json.At("data.graphChanged.sequence").GetInt64();

    [Fact]
    public async Task AssertRelation_ReachesSubscribersOfEitherEnd_WithinTwoSeconds()
    {
        var suffix = Curating.Suffix();
        var source = await Curator.NewSourceAsync(suffix);
        var company = await Curator.NewCompanyAsync(suffix);
        await using var companyWatcher = await WatchAsync(new { ids = new[] { company } });
        await using var lithiumWatcher = await WatchAsync(new { ids = new[] { "mineral/lithium" } });

        var clock = Stopwatch.StartNew();
        var sequence = await Curator.AssertProducesAsync(company, source);
        foreach (var (name, watcher) in new[] { ("company", companyWatcher), ("lithium", lithiumWatcher) })
        {
            var e = await watcher.ReadEventAsync(Wait) ?? throw new Xunit.Sdk.XunitException("stream ended");
            var latency = clock.Elapsed;
            output.WriteLine($"{name} subscriber: change {sequence} arrived {latency.TotalMilliseconds:0} ms after the mutation was sent");
            Assert.True(latency < TimeSpan.FromSeconds(2), $"{name}: {latency}");
            Assert.Equal("next", e.Type);
            Assert.Equal(sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Id);
            Assert.Equal(sequence, SequenceOf(e));
            Assert.Equal("assertRelation", e.Json.Str("data.graphChanged.operation"));
            Assert.Equal("ana", e.Json.Str("data.graphChanged.actor"));
            var targets = e.Json.Items("data.graphChanged.targets").Select(t => t.GetString()).ToList();
            Assert.Contains(company, targets);
            Assert.Contains("mineral/lithium", targets);
        }
    }

    [Fact]
    public async Task ChangesToOtherIds_AreNotSent()
    {
        var suffix = Curating.Suffix();
        var watched = await Curator.NewCompanyAsync(suffix + "a");
        var other = await Curator.NewCompanyAsync(suffix + "b");
        await using var watcher = await WatchAsync(new { ids = new[] { watched } });
        await Curator.DescribeAsync(other, "Not watched.");
        var mine = await Curator.DescribeAsync(watched, "Watched.");
        var e = await watcher.ReadEventAsync(Wait);
        Assert.Equal(mine, SequenceOf(e!));
    }

    [Fact]
    public async Task Reconnecting_WithLastEventId_ResumesExactly()
    {
        var company = await Curator.NewCompanyAsync(Curating.Suffix());
        List<long> made = [];
        long firstSeen;
        await using (var first = await WatchAsync(new { ids = new[] { company } }))
        {
            for (var i = 0; i < 3; i++) made.Add(await Curator.DescribeAsync(company, $"Version {i}."));
            var e = await first.ReadEventAsync(Wait);
            firstSeen = SequenceOf(e!);
            Assert.Equal(made[0], firstSeen);
            Assert.Equal(made[0].ToString(System.Globalization.CultureInfo.InvariantCulture), e!.Id);
        }
        // Changes made while the client was away, then its return with the last id it read.
        for (var i = 3; i < 5; i++) made.Add(await Curator.DescribeAsync(company, $"Version {i}."));
        await using var again = await WatchAsync(new { ids = new[] { company } }, lastEventId: firstSeen.ToString(System.Globalization.CultureInfo.InvariantCulture));
        List<long> resumed = [];
        for (var i = 1; i < 5; i++) resumed.Add(SequenceOf((await again.ReadEventAsync(Wait))!));
        Assert.Equal(made.Skip(1), resumed);
        // Then live, with nothing twice: the next event is the next change.
        var live = await Curator.DescribeAsync(company, "Version 5.");
        Assert.Equal(live, SequenceOf((await again.ReadEventAsync(Wait))!));
        await Assert.ThrowsAsync<TimeoutException>(() => again.ReadEventAsync(TimeSpan.FromSeconds(1.5)));

        // since does the same for a first connection.
        await using var fromSince = await WatchAsync(new { ids = new[] { company }, since = made[2] });
        List<long> sinceEvents = [];
        for (var i = 0; i < 3; i++) sinceEvents.Add(SequenceOf((await fromSince.ReadEventAsync(Wait))!));
        Assert.Equal([made[3], made[4], live], sinceEvents);
    }

    [Fact]
    public async Task ChangesMadeWhileTheBacklogIsRead_AreNeitherMissedNorSentTwice()
    {
        var company = await Curator.NewCompanyAsync(Curating.Suffix());
        var before = await Curator.DescribeAsync(company, "Before.");
        List<long> made = [];
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < 12; i++) made.Add(await Curator.DescribeAsync(company, $"During {i}."));
        });
        await Task.Delay(50);
        await using var watcher = await WatchAsync(new { ids = new[] { company }, since = before });
        await writing;
        List<long> seen = [];
        for (var i = 0; i < made.Count; i++) seen.Add(SequenceOf((await watcher.ReadEventAsync(Wait))!));
        Assert.Equal(made, seen);
        await Assert.ThrowsAsync<TimeoutException>(() => watcher.ReadEventAsync(TimeSpan.FromSeconds(1.5)));
    }

    [Fact]
    public async Task IdleStreams_GetHeartbeats()
    {
        await using var watcher = await WatchAsync(new { ids = new[] { "government/canada" } });
        await Assert.ThrowsAsync<TimeoutException>(() => watcher.ReadEventAsync(TimeSpan.FromSeconds(3.5)));
        Assert.True(watcher.Comments >= 2, $"{watcher.Comments} heartbeats in 3.5 s (one a second configured)");
    }

    [Fact]
    public async Task UnknownIds_EndTheStreamWithAnErrorNamingThem()
    {
        await using var watcher = await WatchAsync(new { ids = new[] { "company/no-such-miner", "government/canada", "rel/no-such-tie" } });
        var e = (await watcher.ReadEventAsync(Wait))!;
        Assert.Equal("NOT_FOUND", e.ErrorCode);
        Assert.Contains("company/no-such-miner", e.ErrorMessage);
        Assert.Contains("rel/no-such-tie", e.ErrorMessage);
        Assert.DoesNotContain("government/canada", e.ErrorMessage);
        Assert.Equal("complete", (await watcher.ReadEventAsync(Wait))!.Type);
        Assert.Null(await watcher.ReadEventAsync(Wait));
    }

    [Theory]
    [InlineData(1_000_000, null, "since")]
    [InlineData(null, "1000000", "Last-Event-ID")]
    [InlineData(null, "abc", "Last-Event-ID")]
    [InlineData(-1, null, "since")]
    public async Task SinceBeyondTheLog_IsBadUserInputNamingIt(int? since, string? lastEventId, string named)
    {
        await using var watcher = await WatchAsync(new { since }, lastEventId);
        var e = (await watcher.ReadEventAsync(Wait))!;
        Assert.Equal("BAD_USER_INPUT", e.ErrorCode);
        Assert.StartsWith(named + ":", e.ErrorMessage);
        Assert.Equal("complete", (await watcher.ReadEventAsync(Wait))!.Type);
        Assert.Null(await watcher.ReadEventAsync(Wait));
    }

    [Fact]
    public async Task MoreIdsThanTheLimit_AreBadUserInputNamingTheLimit()
    {
        var ids = Enumerable.Range(0, 21).Select(i => $"company/c{i}").ToArray();
        await using var watcher = await WatchAsync(new { ids });
        var e = (await watcher.ReadEventAsync(Wait))!;
        Assert.Equal("BAD_USER_INPUT", e.ErrorCode);
        Assert.Contains("at most 20 ids (Subscriptions:MaxIds); 21 were given", e.ErrorMessage);
    }

    [Fact]
    public async Task AClient_MayHoldOnlyItsShareOfStreams_AndLeavingFreesOne()
    {
        List<SseClient> open = [];
        try
        {
            for (var i = 0; i < LiveServerFixture.MaxStreams; i++) open.Add(await WatchAsync(new { ids = new[] { "government/canada" } }));
            await using (var refused = Sse())
            {
                await refused.OpenAsync(Watch, new { ids = new[] { "government/canada" } });
                Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
                var body = await refused.ReadToEndAsync();
                Assert.Contains("TOO_MANY_STREAMS", body);
                Assert.Contains("Subscriptions:MaxConnectionsPerClient", body);
            }
            await open[0].DisposeAsync();
            open.RemoveAt(0);
            // The server notices the client left and releases its place.
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                var again = Sse();
                await again.OpenAsync(Watch, new { ids = new[] { "government/canada" } });
                if (again.Status == HttpStatusCode.OK)
                {
                    open.Add(again);
                    break;
                }
                await again.DisposeAsync();
                Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(5), "the place of a stream whose client left was not released");
                await Task.Delay(100);
            }
        }
        finally
        {
            foreach (var sse in open) await sse.DisposeAsync();
        }
    }

    [Fact]
    public async Task ASlowReader_IsCutOffWithAFinalEvent_AndMemoryStaysBounded()
    {
        // A reader with a 4 KB socket buffer that stops reading while 200 changes of about 35 KB each are made: 7 MB,
        // more than the kernel's socket buffers hold, so the server's own buffer (4 changes here) fills.
        const int Changes = 200;
        var company = await Curator.NewCompanyAsync(Curating.Suffix());
        await using var slow = Sse(receiveBufferBytes: 4 * 1024);
        const string Heavy = "subscription($ids: [ID!]) { graphChanged(ids: $ids) { sequence before after } }";
        await slow.OpenAsync(Heavy, new { ids = new[] { company } });
        for (var tries = 0; slow.Status == HttpStatusCode.TooManyRequests && tries < 50; tries++)
        {
            await Task.Delay(100);
            await slow.OpenAsync(Heavy, new { ids = new[] { company } });
        }
        Assert.Equal(HttpStatusCode.OK, slow.Status);
        var memoryBefore = fixture.Server.WorkingSetBytes;
        for (var i = 0; i < Changes; i++) await Curator.RewriteAtLengthAsync(company, i);
        var memoryAfter = fixture.Server.WorkingSetBytes;

        // Now it reads: what got through, then SLOW_CONSUMER, then complete, then the end.
        List<SseEvent> events = [];
        try
        {
            while (await slow.ReadEventAsync(TimeSpan.FromSeconds(30)) is { } e) events.Add(e);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the stream neither ended nor went on after {events.Count} events; server log: {fixture.Server.Output}");
        }
        output.WriteLine($"{events.Count} events read for {Changes} changes; server working set {memoryBefore / 1048576} MB before the changes, {memoryAfter / 1048576} MB after");
        Assert.True(events.Count >= 2, "no final events");
        Assert.Equal("complete", events[^1].Type);
        var last = events[^2];
        Assert.Equal("SLOW_CONSUMER", last.ErrorCode);
        Assert.Contains("Subscriptions:BufferSize", last.ErrorMessage);
        Assert.Contains("Last-Event-ID", last.ErrorMessage);
        var delivered = events.SkipLast(2).ToList();
        Assert.True(delivered.Count < Changes, "every change got through: the reader was not slow");
        // What did arrive is in order with ids, so the client can resume after the last one.
        Assert.All(delivered, d => Assert.Equal(d.Id, SequenceOf(d).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(delivered.Select(SequenceOf).Order(), delivered.Select(SequenceOf));
        // The server held at most the buffer's few changes for the reader, not the 7 MB it did not read.
        Assert.True(memoryAfter - memoryBefore < 150L * 1024 * 1024, $"working set grew by {(memoryAfter - memoryBefore) / 1048576} MB");

        // And resuming from the last id it read brings exactly the rest.
        var resumeFrom = delivered.Count > 0 ? delivered[^1].Id! : "0";
        await using var again = await WatchAsync(new { ids = new[] { company } }, lastEventId: resumeFrom);
        var first = await again.ReadEventAsync(Wait);
        Assert.Equal(long.Parse(resumeFrom, System.Globalization.CultureInfo.InvariantCulture) + 1, SequenceOf(first!));
    }

    [Fact]
    public async Task AQuery_OverSse_IsOneNextAndComplete()
    {
        await using var sse = Sse();
        await sse.OpenAsync("""{ node(id: "government/canada") { name } }""");
        Assert.Equal(HttpStatusCode.OK, sse.Status);
        var next = (await sse.ReadEventAsync(Wait))!;
        Assert.Equal("next", next.Type);
        Assert.Equal("Canada", next.Json.Str("data.node.name"));
        Assert.Equal("complete", (await sse.ReadEventAsync(Wait))!.Type);
        Assert.Null(await sse.ReadEventAsync(Wait));
    }

    [Fact]
    public async Task ValidationErrorsAndRefusals_OverSse_AreNextEventsInAnAcceptedStream()
    {
        await using (var syntax = Sse())
        {
            await syntax.OpenAsync("{ node(id: ");
            Assert.Equal(HttpStatusCode.OK, syntax.Status);
            Assert.Equal("text/event-stream", syntax.MediaType);
            var e = (await syntax.ReadEventAsync(Wait))!;
            Assert.Equal("next", e.Type);
            Assert.True(e.Json.TryGetProperty("errors", out _));
            Assert.Equal("complete", (await syntax.ReadEventAsync(Wait))!.Type);
        }
        await using (var mutationOverGet = Sse())
        {
            await mutationOverGet.OpenAsync("""mutation { retractRelation(id: "rel/x", reason: "r") { change { sequence } } }""", method: HttpMethod.Get);
            Assert.Equal(HttpStatusCode.OK, mutationOverGet.Status);
            Assert.Equal("METHOD_NOT_ALLOWED", (await mutationOverGet.ReadEventAsync(Wait))!.ErrorCode);
        }
        await using (var noKey = Sse())
        {
            await noKey.OpenAsync("""mutation { retractRelation(id: "rel/x", reason: "r") { change { sequence } } }""");
            Assert.Equal("UNAUTHENTICATED", (await noKey.ReadEventAsync(Wait))!.ErrorCode);
        }
        // GET works for subscriptions too (EventSource can only GET).
        await using (var overGet = Sse())
        {
            await overGet.OpenAsync(Watch, new { since = 1_000_000 }, method: HttpMethod.Get);
            Assert.Equal("BAD_USER_INPUT", (await overGet.ReadEventAsync(Wait))!.ErrorCode);
        }
    }

    [Fact]
    public async Task ASubscription_SentAsJson_IsRefusedSayingToUseTheEventStream()
    {
        var response = await api.PostGraphQLAsync(Watch);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("SUBSCRIPTION_NEEDS_EVENT_STREAM", response.ErrorCodes.Single());
        Assert.Contains("text/event-stream", response.ErrorText);
    }

    public void Dispose() => api.Dispose();
}
