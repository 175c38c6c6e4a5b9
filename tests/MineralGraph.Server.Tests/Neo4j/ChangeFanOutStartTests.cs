using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Live;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Server.Tests.Neo4j;

/// <summary>
/// The live fan-out of a fresh replica on the real Neo4j, made before its change signal first read the change counter
/// (as the first subscription to a just-started server makes it): it starts where the log stands, so the next change
/// is the only one it reads and hands over — not the whole log before it.
/// </summary>
[RequiresNeo4j]
[Collection(nameof(Neo4jCurationAlone))]
public sealed class ChangeFanOutStartTests : IAsyncLifetime
{
    static readonly Curator Ana = new("ana", Curator.CuratorRole);
    Neo4jInstance instance = null!;

    public async Task InitializeAsync()
    {
        instance = await Neo4jServerFixture.LoadedAsync();
        await Neo4jServerFixture.LoadRealSeedAsync(instance);
    }

    public Task DisposeAsync() => Neo4jServerFixture.LoadRealSeedAsync(instance);

    [Fact]
    public async Task AFanOutMadeBeforeTheFirstReading_HandsOverOnlyTheChangesAfterIt()
    {
        await using var writer = Neo4jFixture.CreateServices(instance, Neo4jFixture.Patient);
        var curation = writer.GetRequiredService<ICurationStore>();
        var older = await curation.ApplyAsync(new UpdateEntity("government/japan", new EntityFieldsInput { Description = "An island country in East Asia." }), Ana);

        await using var replica = Neo4jFixture.CreateServices(instance, Neo4jFixture.Patient,
            new Dictionary<string, string?> { ["ReadCache:VersionPollInterval"] = "00:00:00.5" });
        using var fanOut = new ChangeFanOut(replica.GetRequiredService<ICurationStore>(), replica.GetRequiredService<IChangeSignal>());
        var heard = new Heard();
        fanOut.Register(heard);
        var newer = await curation.ApplyAsync(new UpdateEntity("government/japan", new EntityFieldsInput { Description = "An island country in East Asia, in the G7." }), Ana);

        await heard.Reached(newer.Sequence).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(fanOut.Started);
        Assert.Equal([newer.Sequence], heard.Sequences);
        Assert.True(older.Sequence < newer.Sequence);
    }

    sealed class Heard : IChangeListener
    {
        readonly List<long> sequences = [];
        readonly TaskCompletionSource<long> last = new(TaskCreationOptions.RunContinuationsAsynchronously);
        long awaited = long.MaxValue;

        public IReadOnlyList<long> Sequences
        {
            get
            {
                lock (sequences) return [.. sequences];
            }
        }

        public Task Reached(long sequence)
        {
            lock (sequences)
            {
                awaited = sequence;
                if (sequences.Contains(sequence)) last.TrySetResult(sequence);
            }
            return last.Task;
        }

        public void Deliver(Change change)
        {
            lock (sequences)
            {
                sequences.Add(change.Sequence);
                if (change.Sequence >= awaited) last.TrySetResult(change.Sequence);
            }
        }
    }
}
