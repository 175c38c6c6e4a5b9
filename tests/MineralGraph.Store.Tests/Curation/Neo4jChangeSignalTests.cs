using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Tests.Neo4j;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Curation;

/// <summary>
/// The change signal of two replicas on one Neo4j: the writer's hears its change at once, the other's within its
/// poll interval (plus a second), and both read the same change from <c>changes</c>.
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
        Assert.Equal(change.Sequence, otherSignal.Latest);
        var read = await other.GetRequiredService<ICurationStore>().ChangesAsync(new ChangesQuery(change.Sequence - 1));
        Assert.Equal(change.Sequence, Assert.Single(read.Items).Sequence);
        Assert.Equal(change.Sequence, await other.GetRequiredService<ICurationStore>().LatestSequenceAsync());
    }
}
