using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Tests.Neo4j;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Curation;

/// <summary>
/// The change signal of two replicas on one Neo4j: the writer's hears its change at once, the other's within its
/// poll interval (plus a second), and both read the same change from <c>changes</c>. A fresh replica's signal first
/// says where the log stands (never 0 before its first poll), also when the graph version polled before it was made;
/// with Neo4j not answering it is made at once and its wait ends with the caller's token.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jChangeSignalTests(Neo4jCurationFixture neo4j) : IClassFixture<Neo4jCurationFixture>
{
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task AChangeThroughOneReplica_IsHeardByTheOtherWithinThePollInterval()
    {
        await neo4j.ResetAsync();
        var settings = new Dictionary<string, string?> { ["ReadCache:VersionPollInterval"] = Poll.ToString() };
        await using var writer = Neo4jFixture.CreateServices(neo4j.Instance, Neo4jFixture.Patient, settings);
        await using var other = Neo4jFixture.CreateServices(neo4j.Instance, Neo4jFixture.Patient, settings);
        var writerSignal = writer.GetRequiredService<IChangeSignal>();
        var otherSignal = other.GetRequiredService<IChangeSignal>();
        var writerHeard = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherHeard = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var w = writerSignal.Subscribe(s => writerHeard.TrySetResult(s));
        using var o = otherSignal.Subscribe(s => otherHeard.TrySetResult(s));
        // Both replicas have polled once (the first stamp only says where the log stands: nothing is heard).
        await Task.Delay(Poll * 3);
        Assert.False(otherHeard.Task.IsCompleted);

        var change = await writer.GetRequiredService<ICurationStore>().ApplyAsync(new UpdateEntity("government/japan",
            new EntityFieldsInput { Description = "An island country in East Asia." }), new Curator("ana", Curator.CuratorRole));
        var written = System.Diagnostics.Stopwatch.StartNew();

        Assert.Equal(change.Sequence, await writerHeard.Task.WaitAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(change.Sequence, await otherHeard.Task.WaitAsync(Poll + TimeSpan.FromSeconds(1)));
        Assert.True(written.Elapsed < Poll + TimeSpan.FromSeconds(1), $"heard after {written.Elapsed}");
        Assert.Equal(change.Sequence, await otherSignal.LatestAsync());
        var read = await other.GetRequiredService<ICurationStore>().ChangesAsync(new ChangesQuery(change.Sequence - 1));
        Assert.Equal(change.Sequence, Assert.Single(read.Items).Sequence);
        Assert.Equal(change.Sequence, await other.GetRequiredService<ICurationStore>().LatestSequenceAsync());
    }

    [Fact]
    public async Task AFreshReplicasSignal_FirstSaysWhereTheLogStands_NotZero()
    {
        await neo4j.ResetAsync();
        var change = await neo4j.Curation.ApplyAsync(new UpdateEntity("government/japan",
            new EntityFieldsInput { Description = "An island country in East Asia." }), new Curator("ana", Curator.CuratorRole));

        await using var replica = Neo4jFixture.CreateServices(neo4j.Instance, Neo4jFixture.Patient);
        var signal = replica.GetRequiredService<IChangeSignal>();

        // The first number it gives is the log's, read from Neo4j: not 0 before its first poll.
        Assert.Equal(change.Sequence, await signal.LatestAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task ASignalMadeAfterTheVersionFirstPolled_KnowsTheLog_AndHearsTheNextChange()
    {
        await neo4j.ResetAsync();
        var first = await neo4j.Curation.ApplyAsync(new UpdateEntity("government/japan",
            new EntityFieldsInput { Description = "An island country in East Asia." }), new Curator("ana", Curator.CuratorRole));
        await using var replica = Neo4jFixture.CreateServices(neo4j.Instance, Neo4jFixture.Patient,
            new Dictionary<string, string?> { ["ReadCache:VersionPollInterval"] = Poll.ToString() });
        // Reads (the read cache) start the version's polls long before anyone subscribes to the changes.
        var version = replica.GetRequiredService<Store.Neo4j.Versioning.GraphVersion>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (version.Current is null)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "the version was not read within 20 s");
            await Task.Delay(20);
        }
        await Task.Delay(Poll * 2);

        var signal = replica.GetRequiredService<IChangeSignal>();
        var heard = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var s = signal.Subscribe(n => heard.TrySetResult(n));
        // Known from the version's last poll, without waiting for the graph to change.
        Assert.Equal(first.Sequence, await signal.LatestAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(1)));
        var next = await neo4j.Curation.ApplyAsync(new UpdateEntity("government/japan",
            new EntityFieldsInput { Description = "An island country in East Asia, in the G7." }), new Curator("ana", Curator.CuratorRole));

        Assert.Equal(next.Sequence, await heard.Task.WaitAsync(Poll + TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task WithNeo4jNotAnswering_TheSignalIsMadeAtOnce_AndItsWaitEndsWithTheCallersToken()
    {
        // Settings pointing at a port nothing listens on: the replica's start must not hang on the signal.
        await using var replica = Neo4jFixture.CreateServices(neo4j.Instance, Neo4jFixture.Patient,
            new Dictionary<string, string?> { ["NEO4J_URI"] = "http://127.0.0.1:9", ["ReadCache:VersionPollInterval"] = Poll.ToString() });
        var made = System.Diagnostics.Stopwatch.StartNew();
        var signal = replica.GetRequiredService<IChangeSignal>();
        Assert.True(made.Elapsed < TimeSpan.FromSeconds(1), $"made in {made.Elapsed}");

        using var caller = new CancellationTokenSource(Poll * 4);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await signal.LatestAsync(caller.Token));
    }
}
